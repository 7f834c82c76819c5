import type { WorkspaceTicket } from './demo-ticket.ts'
import { invokeAction } from './ticket-actions.ts'
import { getPaths, setComposerPath, setPath, type ZafPathError } from './ticket-paths.ts'
import type { TicketField, TicketStore } from './ticket-store.ts'
import { toZafRoot, type AgentUser } from './zaf-objects.ts'
import { toRequestReply, type ProxyResult, type ZafRequestOptions } from './zaf-request.ts'

/** The `zaf.app.registered` payload: app metadata (non-secure settings only) and the location context. */
export type ZafRegistration = {
  metadata: {
    appId: number
    installationId: number
    name: string
    version: string
    settings: Record<string, unknown>
  }
  context: {
    product: 'support'
    location: 'ticket_sidebar'
    instanceGuid: string
    account: { subdomain: string }
    ticketId: number
  }
}

export type ZafHostOptions = {
  appGuid: string
  registration: ZafRegistration
  store: TicketStore
  agent: AgentUser
  /** Delivers one message to the app's frame (the caller serialises it and targets the app origin). */
  send: (message: object) => void
  /** Performs a `client.request` the way Zendesk's proxy does. */
  request: (options: ZafRequestOptions) => Promise<ProxyResult>
  onResize?: (size: { width: string; height: string }) => void
  onNotify?: (message: string, level: string) => void
}

export type ZafHost = {
  /** Handles one message posted by the app's frame (a JSON string or an object). */
  handleMessage(data: unknown): void
  /** Sends `zaf.<name>` when the app subscribed to it; returns whether it was sent. */
  emit(name: string, message: unknown): boolean
  isRegistered(): boolean
  subscriberCount(name: string): number
  dispose(): void
}

// The events the ticket view fires when the agent edits a field.
const FIELD_EVENTS: Partial<Record<TicketField, string>> = {
  subject: 'ticket.subject.changed',
  description: 'ticket.description.changed',
  priority: 'ticket.priority.changed',
  status: 'ticket.status.changed',
  type: 'ticket.type.changed',
  tags: 'ticket.tags.changed',
  comments: 'ticket.comments.changed',
  composer: 'comment.text.changed',
}

type RawMessage = {
  id?: unknown
  request?: unknown
  params?: unknown
  key?: unknown
  message?: unknown
  appGuid?: unknown
}

const parseMessage = (data: unknown): RawMessage | undefined => {
  if (typeof data === 'string') {
    try {
      return parseMessage(JSON.parse(data))
    } catch {
      return undefined
    }
  }
  return data !== null && typeof data === 'object' ? (data as RawMessage) : undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Creates the Zendesk side of the ZAF wire protocol for one app instance in a ticket sidebar. */
export const createZafHost = (options: ZafHostOptions): ZafHost => {
  const { store, agent, send } = options
  const subdomain = options.registration.context.account.subdomain
  const subscribers = new Map<string, number>()
  let isRegistered = false

  const emit = (name: string, message: unknown): boolean => {
    if ((subscribers.get(name) ?? 0) === 0) return false
    send({ key: `zaf.${name}`, message })
    return true
  }

  const unsubscribe = store.subscribe(({ fields, source, ticket }) => {
    if (source !== 'agent') return
    for (const field of fields) {
      const event = FIELD_EVENTS[field]
      if (!event) continue
      const root = toZafRoot(ticket, agent, subdomain).ticket
      const values: Partial<Record<TicketField, unknown>> = { ...root, composer: root.comment.text }
      emit(event, values[field])
    }
    emit('ticket.updated', toZafRoot(ticket, agent, subdomain).ticket)
  })

  const answerGet = (params: unknown) =>
    getPaths(Array.isArray(params) ? params : [params], store.get(), agent, subdomain)

  const answerSet = (params: unknown) => {
    const errors: Record<string, ZafPathError> = {}
    const result: Record<string, unknown> = { errors }
    let patch: Partial<WorkspaceTicket> = {}
    for (const [path, value] of Object.entries(isRecord(params) ? params : {})) {
      const composer = setComposerPath(path, value, patch.composer ?? store.get().composer)
      const outcome = composer ?? setPath(path, value)
      if ('error' in outcome) errors[path] = outcome.error
      else {
        patch = { ...patch, ...('patch' in outcome ? outcome.patch : { composer: outcome.composer }) }
        result[path] = value
      }
    }
    store.update(patch, 'app')
    return result
  }

  const answerInvoke = (params: unknown) => {
    const errors: Record<string, ZafPathError> = {}
    for (const [name, args] of Object.entries(isRecord(params) ? params : {})) {
      const outcome = invokeAction(name, Array.isArray(args) ? args : [args], store.get())
      if (outcome.kind === 'error') errors[name] = outcome.error
      else if (outcome.kind === 'patch') store.update(outcome.patch, 'app')
      else if (outcome.kind === 'resize') options.onResize?.({ width: outcome.width, height: outcome.height })
      else if (outcome.kind === 'notify') options.onNotify?.(outcome.message, outcome.level)
    }
    return { errors }
  }

  const answerRequest = (requestKey: string, requestOptions: unknown) => {
    const safeOptions = (
      isRecord(requestOptions) ? requestOptions : { url: String(requestOptions) }
    ) as ZafRequestOptions
    options
      .request(safeOptions)
      .catch((error: unknown): ProxyResult => ({
        status: 0,
        statusText: 'error',
        headers: {},
        responseText: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => send(toRequestReply(requestKey, safeOptions, result)))
  }

  const handleKey = (key: string, message: unknown) => {
    if (key === 'iframe.handshake') {
      isRegistered = true
      send({ key: 'zaf.app.registered', message: options.registration })
      return
    }
    const subscription = /^iframe\.(on|off):(.+)$/.exec(key)
    if (subscription?.[2]) {
      const count = isRecord(message) ? Number(message.subscriberCount) : 0
      subscribers.set(subscription[2], Number.isFinite(count) ? count : 0)
      return
    }
    if (/^request:\d+$/.test(key)) answerRequest(key, message)
    // session.live, iframe.trigger:* and iframe.reply:* need no answer from the ticket view.
  }

  return {
    handleMessage(data) {
      const message = parseMessage(data)
      if (!message) return
      if (message.appGuid !== undefined && message.appGuid !== options.appGuid) return
      if (typeof message.id === 'number' && typeof message.request === 'string') {
        const answers: Record<string, (params: unknown) => unknown> = {
          get: answerGet,
          set: answerSet,
          invoke: answerInvoke,
        }
        const answer = answers[message.request]
        const result = answer
          ? answer(message.params)
          : {
              errors: {
                [message.request]: { message: 'No such API', name: 'APIUnavailable', path: message.request },
              },
            }
        send({ id: message.id, result })
        return
      }
      if (typeof message.key === 'string') handleKey(message.key, message.message)
    },
    emit,
    isRegistered: () => isRegistered,
    subscriberCount: (name) => subscribers.get(name) ?? 0,
    dispose: unsubscribe,
  }
}
