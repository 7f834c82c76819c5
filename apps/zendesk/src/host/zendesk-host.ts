import type { Priority, SlaPolicyMetric, TicketType } from '@deskmate/shared'
import { WorkerResponseError, type HostClient, type WorkerMethod } from '@deskmate/app-core'
import { readZafTicket } from './read-zaf-ticket.ts'
import { createZendeskRegistration } from './zendesk-registration.ts'
import type { ZafClient, ZafRegistration, ZafRequestFailure } from './zaf-types.ts'

/** ZAF events after which the ticket is read again. */
export const TICKET_CHANGE_EVENTS = [
  'ticket.subject.changed',
  'ticket.description.changed',
  'ticket.comments.changed',
  'ticket.priority.changed',
  'ticket.updated',
] as const

/** How long a proxy-signed token lives, in seconds. */
const JWT_EXPIRY_SEC = 300

type CurrentUser = { id?: number | string; name?: string; locale?: string; role?: string; email?: string }

const parseText = (text: string | undefined): unknown => {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

const toWorkerError = (failure: unknown): WorkerResponseError => {
  const f = (failure ?? {}) as ZafRequestFailure
  return new WorkerResponseError(
    typeof f.status === 'number' ? f.status : 0,
    f.responseJSON ?? parseText(f.responseText),
  )
}

const isPolicyMetric = (value: unknown): value is SlaPolicyMetric =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SlaPolicyMetric).metric === 'string' &&
  typeof (value as SlaPolicyMetric).stage === 'string'

/** The HostClient over a registered ZAF client. */
export const createZendeskHost = (client: ZafClient, registration: ZafRegistration): HostClient => {
  const settings = registration.metadata?.settings ?? {}
  const backendUrl = String(settings.backend_url ?? '').replace(/\/+$/, '')
  let identity: Promise<{ user: CurrentUser; subdomain: string }> | undefined

  const readIdentity = () =>
    (identity ??= client.get(['currentUser', 'currentAccount']).then((result) => ({
      user: (result.currentUser ?? {}) as CurrentUser,
      subdomain: String(
        (result.currentAccount as { subdomain?: string } | undefined)?.subdomain ??
          registration.context?.account?.subdomain ??
          '',
      ),
    })))

  const requestWorker = async <T>(
    method: WorkerMethod,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const { user, subdomain } = await readIdentity()
    try {
      return await client.request<T>({
        url: `${backendUrl}${path}`,
        type: method,
        contentType: 'application/json',
        ...(body === undefined ? {} : { data: JSON.stringify(body) }),
        dataType: 'json',
        secure: true,
        cors: false,
        headers: { Authorization: 'Bearer {{jwt.token}}', ...headers },
        jwt: {
          algorithm: 'HS256',
          secret_key: '{{setting.shared_secret}}',
          expiry: JWT_EXPIRY_SEC,
          claims: { iss: `https://${subdomain}.zendesk.com`, aud: 'deskmate', sub: String(user.id ?? '') },
        },
      })
    } catch (failure) {
      throw toWorkerError(failure)
    }
  }

  const tenantRegistration = createZendeskRegistration(
    async () => {
      const { user, subdomain } = await readIdentity()
      return { ...user, subdomain, installationId: registration.metadata?.installationId }
    },
    (path, body, headers) => requestWorker('POST', path, body, headers),
  )

  return {
    kind: 'zendesk',
    /** Reads the ticket fields with one bulk get. */
    getTicket: () => readZafTicket(client),
    /** `currentUser.name`, which drafts are signed with. */
    getAgentName: async () => (await readIdentity()).user.name,
    /** `currentUser.locale` (English when unavailable). */
    getLocale: async () => (await readIdentity()).user.locale ?? 'en',
    /** `GET /api/v2/tickets/{id}.json?include=slas` through the proxy; null when the plan has no SLAs. */
    getSlaMetrics: async (ticketId) => {
      try {
        const answer = await client.request<{ ticket?: { slas?: { policy_metrics?: unknown } } }>({
          url: `/api/v2/tickets/${encodeURIComponent(ticketId)}.json?include=slas`,
          type: 'GET',
          dataType: 'json',
        })
        const metrics = answer?.ticket?.slas?.policy_metrics
        return Array.isArray(metrics) ? metrics.filter(isPolicyMetric) : null
      } catch {
        return null
      }
    },
    /** `ticket.comment.appendHtml`, or `appendText` where the editor refuses HTML. */
    insertReply: async ({ html, text }) => {
      try {
        await client.invoke('ticket.comment.appendHtml', html)
      } catch {
        await client.invoke('ticket.comment.appendText', text)
      }
    },
    /** `set('ticket.priority', p)`; Zendesk saves it with the agent's next update. */
    setPriority: async (priority: Priority) => {
      await client.set('ticket.priority', priority)
    },
    /** `ticket.type` (question, incident, problem, task). */
    setType: async (type: TicketType) => {
      await client.set('ticket.type', type)
    },
    /** `client.request` through the proxy, which signs an HS256 JWT with the secure shared secret. */
    callWorker: async <T>(method: WorkerMethod, path: string, body?: unknown): Promise<T> => {
      try {
        return await requestWorker<T>(method, path, body)
      } catch (error) {
        if (error instanceof WorkerResponseError && error.status === 401) tenantRegistration.forgetIfStale()
        throw error
      }
    },
    /** On an admin's first load: `POST /v1/tenants/register` with the installation's secure settings. */
    registerInstallation: () => tenantRegistration.register(),
    /** Resolves against the installation's `backend_url` setting. */
    resolveWorkerUrl: async (pathOrUrl) => new URL(pathOrUrl, `${backendUrl}/`).toString(),
    /** A new tab, without giving it a handle on the sidebar. */
    openUrl: (url) => {
      window.open(url, '_blank', 'noopener,noreferrer')
    },
    /** `invoke('resize')` with the app's full width. */
    resize: (heightPx) => {
      void client
        .invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` })
        .catch(() => undefined)
    },
    /** Subscribes to the ticket's change events. */
    onTicketChanged: (listener) => {
      const handler = () => listener()
      TICKET_CHANGE_EVENTS.forEach((name) => client.on(name, handler))
      return () => TICKET_CHANGE_EVENTS.forEach((name) => client.off(name, handler))
    },
  }
}
