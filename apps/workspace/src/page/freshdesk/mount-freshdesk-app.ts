import type { ClientEvent, ClientResponse } from '../../freshdesk/host/client-protocol.ts'
import { createFreshdeskHost, type FreshdeskHost } from '../../freshdesk/host/freshdesk-host.ts'
import type { FreshdeskPageState } from '../../freshdesk/host/start-freshdesk-host.ts'
import { ticketSidebarData, type FreshdeskViewTicket } from '../../freshdesk/host/ticket-data.ts'
import type { InvokeAnswer } from '../../freshdesk/host/invoke-template.ts'
import { h } from '../dom.ts'

const invokeThroughServer = async (name: string, options: unknown): Promise<InvokeAnswer> => {
  const res = await fetch('/__workspace/freshdesk/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, options }),
  })
  if (!res.ok) throw new Error(`Workspace answered ${res.status}`)
  return (await res.json()) as InvokeAnswer
}

/** Loads the Freshdesk app in a cross-origin iframe (the ticket sidebar) and answers its client for one ticket. */
export const mountFreshdeskApp = (
  container: HTMLElement,
  ticket: () => FreshdeskViewTicket,
  state: FreshdeskPageState,
  onInterface: (action: string, options: Record<string, unknown>) => boolean,
): { host: FreshdeskHost; dispose: () => void } => {
  const appOrigin = new URL(state.appUrl).origin
  const query = new URLSearchParams({ origin: window.location.origin })
  const iframe = h('iframe', { title: 'Deskmate app', src: `${state.appUrl}?${query.toString()}` })
  const host = createFreshdeskHost({
    send: (message: ClientResponse | ClientEvent) => iframe.contentWindow?.postMessage(message, appOrigin),
    data: (name) => ticketSidebarData(name, ticket(), state.agent, state.domain),
    iparams: state.iparams,
    invokeTemplate: invokeThroughServer,
    onInterface,
    onResize: (height) => {
      iframe.style.height = height
    },
    context: { location: 'ticket_sidebar', product: 'freshdesk', data: { ticket_id: ticket().id } },
  })
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return
    void host.handleMessage(event.data)
  }
  window.addEventListener('message', onMessage)
  container.replaceChildren(iframe)
  return {
    host,
    dispose: () => {
      window.removeEventListener('message', onMessage)
      iframe.remove()
    },
  }
}
