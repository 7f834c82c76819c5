import type { InvokeAnswer } from './invoke-template.ts'
import { isClientRequest, type ClientEvent, type ClientResponse } from './client-protocol.ts'

/** What the ticket view gives the host: its data, the installation and where interface calls land. */
export type FreshdeskHostOptions = {
  send: (message: ClientResponse | ClientEvent) => void
  /** `client.data.get(name)`'s answer (e.g. `{ticket: {...}}`), or undefined when the location has none. */
  data: (name: string) => unknown
  /** The non-secure iparams (secure ones never reach the page). */
  iparams: Record<string, string>
  invokeTemplate: (name: string, options: unknown) => Promise<InvokeAnswer>
  /** Runs `client.interface.trigger(action, options)`; false when the workspace does not model it. */
  onInterface: (action: string, options: Record<string, unknown>) => boolean
  onResize: (height: string) => void
  context: Record<string, unknown>
}

/** The page side of the Freshworks client stand-in. */
export type FreshdeskHost = {
  handleMessage: (message: unknown) => Promise<void>
  /** Sends an event to the app when it listens for it (`client.events.on`). */
  emit: (event: string, data: unknown) => void
  listensTo: (event: string) => boolean
}

// [unverified] the error objects of data/interface failures; apps should only rely on rejection.
const failure = (status: number, message: string) => ({ status, message })
const MAX_HEIGHT = 700

const paramsOf = (params: unknown): Record<string, unknown> =>
  typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {}

/** Answers the client stand-in's calls for one app instance, as Freshdesk's ticket sidebar does. */
export const createFreshdeskHost = (options: FreshdeskHostOptions): FreshdeskHost => {
  const events = new Set<string>()

  const answer = async (method: string, params: Record<string, unknown>): Promise<unknown> => {
    switch (method) {
      case 'data.get': {
        const value = options.data(String(params.name))
        if (value === undefined) throw failure(404, `Data "${String(params.name)}" is not available here`)
        return value
      }
      case 'iparams.get': {
        if (params.name === undefined) return { ...options.iparams }
        const name = String(params.name)
        if (!Object.hasOwn(options.iparams, name)) throw failure(404, `No iparam "${name}"`)
        return { [name]: options.iparams[name] }
      }
      case 'request.invokeTemplate': {
        const result = await options.invokeTemplate(String(params.name), params.options ?? {})
        if (!result.ok) throw result.error
        return result.result
      }
      case 'interface.trigger': {
        const action = String(params.action)
        if (!options.onInterface(action, paramsOf(params.options)))
          throw failure(400, `interface.trigger("${action}") is not available in the workspace`)
        return { message: 'success' }
      }
      case 'events.on':
        events.add(String(params.event))
        return {}
      case 'instance.resize': {
        const height = Math.min(MAX_HEIGHT, Number.parseInt(String(params.height), 10) || 0)
        if (height <= 0) throw failure(400, 'resize needs a height')
        options.onResize(`${height}px`)
        return {}
      }
      default:
        return { ...options.context }
    }
  }

  return {
    async handleMessage(message) {
      if (!isClientRequest(message)) return
      try {
        options.send({
          fdClient: 'response',
          id: message.id,
          result: await answer(message.method, paramsOf(message.params)),
        })
      } catch (error) {
        options.send({ fdClient: 'response', id: message.id, error })
      }
    },
    emit(event, data) {
      if (events.has(event)) options.send({ fdClient: 'event', event, data })
    },
    listensTo: (event) => events.has(event),
  }
}
