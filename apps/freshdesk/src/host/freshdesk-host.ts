import { freshdeskPriorityCode, type Priority } from '@deskmate/shared'
import { WorkerResponseError, type HostClient, type WorkerMethod } from '@deskmate/app-core'
import { readFreshdeskSlaTargets, readFreshdeskTicket } from './read-freshdesk-ticket.ts'
import { templateFor } from './worker-templates.ts'
import type { FreshworksClient, TemplateResponse } from './freshworks-types.ts'

/** Events after which the ticket is read again. */
export const TICKET_CHANGE_EVENTS = ['ticket.propertiesUpdated'] as const

/** `loggedInUser` as Freshdesk gives it: the agent's contact holds the name and language. */
type LoggedInUser = { contact?: { name?: string; language?: string }; name?: string; language?: string }

const parseBody = (text: unknown): unknown => {
  if (typeof text !== 'string' || text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A template's answer or rejection (`{status, response}`) as a Worker error; status 0 when there was none. */
const toWorkerError = (failure: unknown): WorkerResponseError => {
  const f = (failure ?? {}) as Partial<TemplateResponse>
  return new WorkerResponseError(typeof f.status === 'number' ? f.status : 0, parseBody(f.response))
}

/** The HostClient over an initialised Freshworks client. */
export const createFreshdeskHost = (client: FreshworksClient): HostClient => {
  let user: Promise<LoggedInUser> | undefined
  let backendHost: Promise<string> | undefined
  const listeners = new Set<() => void>()
  let isSubscribed = false

  const readUser = () =>
    (user ??= client.data.get('loggedInUser').then(
      (data) => (data.loggedInUser ?? {}) as LoggedInUser,
      (): LoggedInUser => ({}),
    ))
  const readBackendHost = () =>
    (backendHost ??= client.iparams.get().then((iparams) => String(iparams.backend_host ?? '')))

  return {
    kind: 'freshdesk',
    getTicket: () => readFreshdeskTicket(client),
    /** `loggedInUser.contact.name`, which drafts are signed with. */
    getAgentName: async () => {
      const u = await readUser()
      return u.contact?.name ?? u.name
    },
    /** `loggedInUser.contact.language` (English when unavailable). */
    getLocale: async () => {
      const u = await readUser()
      return u.contact?.language ?? u.language ?? 'en'
    },
    /** The ticket's own due dates (`fr_due_by`, `nr_due_by`, `due_by`); null when it has none. */
    getSlaTargets: () => readFreshdeskSlaTargets(client).catch(() => null),
    /** Into the open reply editor; when none is open, opens the reply editor with the text. */
    insertReply: async ({ html }) => {
      try {
        await client.interface.trigger('setValue', {
          id: 'editor',
          text: html,
          replace: false,
          position: 'end',
        })
      } catch {
        await client.interface.trigger('click', { id: 'reply', text: html })
      }
    },
    /** The priority field, in Freshdesk's codes (1 Low … 4 Urgent); saved with the agent's next update. */
    setPriority: async (priority: Priority) => {
      await client.interface.trigger('setValue', { id: 'priority', value: freshdeskPriorityCode(priority) })
    },
    /** Through the request template for the call: Freshdesk adds the secure installation parameters. */
    callWorker: async <T>(method: WorkerMethod, path: string, body?: unknown): Promise<T> => {
      const template = templateFor(method, path)
      if (!template) throw new Error(`No request template for ${method} ${path}`)
      let answer: TemplateResponse
      try {
        answer = await client.request.invokeTemplate(template.name, {
          context: template.context,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      } catch (failure) {
        throw toWorkerError(failure)
      }
      if (answer.status < 200 || answer.status >= 300) throw toWorkerError(answer)
      return parseBody(answer.response) as T
    },
    /** Against `https://<backend_host>/`, the installation's non-secure parameter. */
    resolveWorkerUrl: async (pathOrUrl) =>
      new URL(pathOrUrl, `https://${await readBackendHost()}/`).toString(),
    /** A new tab, without giving it a handle on the sidebar. */
    openUrl: (url) => {
      window.open(url, '_blank', 'noopener,noreferrer')
    },
    /** `instance.resize` (Freshdesk caps the sidebar at 700 px and scrolls beyond). */
    resize: (heightPx) => {
      void Promise.resolve()
        .then(() => client.instance.resize({ height: `${Math.ceil(heightPx)}px` }))
        .catch(() => undefined)
    },
    /** One platform subscription shared by every listener (the client has no documented `off`). */
    onTicketChanged: (listener) => {
      const entry = () => listener()
      listeners.add(entry)
      if (!isSubscribed) {
        isSubscribed = true
        TICKET_CHANGE_EVENTS.forEach((name) => client.events.on(name, () => listeners.forEach((l) => l())))
      }
      return () => listeners.delete(entry)
    },
  }
}
