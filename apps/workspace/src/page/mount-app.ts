import type { TicketStore } from '../zendesk/host/ticket-store.ts'
import { answerZendeskApi } from '../zendesk/host/zendesk-api.ts'
import { createZafHost, type ZafHost, type ZafRegistration } from '../zendesk/host/zaf-host.ts'
import type { AgentUser } from '../zendesk/host/zaf-objects.ts'
import type { ProxyResult, ZafRequestOptions } from '../zendesk/host/zaf-request.ts'
import { h } from './dom.ts'

export type AppInstallation = {
  account: string
  appOrigin: string
  app: ZafRegistration['metadata']
}

const readDirect = async (options: ZafRequestOptions): Promise<ProxyResult> => {
  // `cors: true` skips Zendesk's proxy: the browser calls the URL itself and nothing is substituted.
  const response = await fetch(options.url, {
    method: options.type ?? 'GET',
    headers: options.headers ?? {},
    body: typeof options.data === 'string' ? options.data : undefined,
  })
  return {
    status: response.status,
    statusText: response.statusText,
    headers: { 'content-type': response.headers.get('content-type') ?? '' },
    responseText: await response.text(),
  }
}

const proxyThroughServer = async (options: ZafRequestOptions): Promise<ProxyResult> => {
  const response = await fetch('/__workspace/zaf-request', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ options }),
  })
  if (!response.ok) throw new Error(`Workspace proxy answered ${response.status}`)
  return (await response.json()) as ProxyResult
}

/** Loads the sidebar app in a cross-origin iframe and answers its ZAF messages for one ticket. */
export const mountApp = (
  container: HTMLElement,
  store: TicketStore,
  agent: AgentUser,
  installation: AppInstallation,
  onNotify: (message: string) => void,
): { host: ZafHost; dispose: () => void } => {
  const appGuid = crypto.randomUUID()
  const query = new URLSearchParams({ origin: window.location.origin, app_guid: appGuid })
  const iframe = h('iframe', {
    title: `${installation.app.name} app`,
    src: `${installation.appOrigin}/index.html?${query.toString()}`,
    'data-app-guid': appGuid,
  })
  const send = (message: object) =>
    iframe.contentWindow?.postMessage(JSON.stringify(message), installation.appOrigin)
  const host = createZafHost({
    appGuid,
    agent,
    store,
    send,
    registration: {
      metadata: installation.app,
      context: {
        product: 'support',
        location: 'ticket_sidebar',
        instanceGuid: appGuid,
        account: { subdomain: installation.account },
        ticketId: store.get().id,
      },
    },
    request: (options) => {
      if (options.url.startsWith('/'))
        return Promise.resolve(
          answerZendeskApi(options.type ?? 'GET', options.url, {
            ticket: store.get(),
            agent,
            subdomain: installation.account,
          }),
        )
      return options.cors ? readDirect(options) : proxyThroughServer(options)
    },
    onResize: ({ height }) => {
      iframe.style.height = /^\d+$/.test(height) ? `${height}px` : height
    },
    onNotify: (message) => onNotify(message),
  })
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== installation.appOrigin) return
    host.handleMessage(event.data)
  }
  window.addEventListener('message', onMessage)
  container.replaceChildren(iframe)
  return {
    host,
    dispose: () => {
      window.removeEventListener('message', onMessage)
      host.dispose()
      iframe.remove()
    },
  }
}
