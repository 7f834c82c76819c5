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

/** One page of the Freshdesk app in a location: its URL, iframe title, data, context and interface calls. */
export type FreshdeskPageMount = {
  url: string
  title: string
  data: (name: string) => unknown
  context: Record<string, unknown>
  iparams: Record<string, string>
  onInterface: (action: string, options: Record<string, unknown>) => boolean
  /** `client.instance.resize`; a full-page location keeps its size. */
  onResize?: (iframe: HTMLIFrameElement, height: string) => void
}

/** Loads a page of the Freshdesk app in a cross-origin iframe and answers its client (templates run server-side). */
export const mountFreshdeskPage = (
  container: HTMLElement,
  mount: FreshdeskPageMount,
): { host: FreshdeskHost; dispose: () => void } => {
  const appOrigin = new URL(mount.url).origin
  const query = new URLSearchParams({ origin: window.location.origin })
  const iframe = h('iframe', { title: mount.title, src: `${mount.url}?${query.toString()}` })
  const host = createFreshdeskHost({
    send: (message: ClientResponse | ClientEvent) => iframe.contentWindow?.postMessage(message, appOrigin),
    data: mount.data,
    iparams: mount.iparams,
    invokeTemplate: invokeThroughServer,
    onInterface: mount.onInterface,
    onResize: (height) => mount.onResize?.(iframe, height),
    context: mount.context,
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

/** Loads the Freshdesk app in the ticket sidebar and answers its client for one ticket. */
export const mountFreshdeskApp = (
  container: HTMLElement,
  ticket: () => FreshdeskViewTicket,
  state: FreshdeskPageState,
  onInterface: (action: string, options: Record<string, unknown>) => boolean,
): { host: FreshdeskHost; dispose: () => void } =>
  mountFreshdeskPage(container, {
    url: state.appUrl,
    title: 'Deskmate app',
    data: (name) => ticketSidebarData(name, ticket(), state.agent, state.domain),
    context: { location: 'ticket_sidebar', product: 'freshdesk', data: { ticket_id: ticket().id } },
    iparams: state.iparams,
    onInterface,
    onResize: (iframe, height) => {
      iframe.style.height = height
    },
  })
