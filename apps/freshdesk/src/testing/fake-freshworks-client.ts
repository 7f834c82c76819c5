import type {
  FreshworksClient,
  FreshworksEvent,
  TemplateOptions,
  TemplateResponse,
} from '../host/freshworks-types.ts'

/** One call the app made on the fake client. */
export type FreshworksCall = { api: string; name: string; options?: unknown }

/** What the fake answers: data objects, iparams, a template responder, and whether a trigger fails. */
export type FakeFreshworksSetup = {
  data?: Record<string, unknown>
  iparams?: Record<string, unknown>
  invokeTemplate?: (name: string, options: TemplateOptions) => Promise<TemplateResponse>
  trigger?: (method: string, options: Record<string, unknown>) => Promise<unknown>
}

/**
 * A Freshworks client as `app.initialized()` gives it, answering from `setup`: records every call and lets a
 * test fire platform events.
 */
export const createFakeFreshworksClient = (setup: FakeFreshworksSetup = {}) => {
  const calls: FreshworksCall[] = []
  const handlers = new Map<string, ((event: FreshworksEvent) => void)[]>()
  const client: FreshworksClient = {
    data: {
      get: async (name) => {
        calls.push({ api: 'data.get', name })
        if (!(name in (setup.data ?? {}))) throw { status: 404, message: `No ${name} here` }
        return { [name]: setup.data?.[name] }
      },
    },
    iparams: {
      get: async () => {
        calls.push({ api: 'iparams.get', name: '' })
        return setup.iparams ?? {}
      },
    },
    request: {
      invokeTemplate: (name, options) => {
        calls.push({ api: 'request.invokeTemplate', name, options })
        return setup.invokeTemplate?.(name, options) ?? Promise.resolve({ status: 200, response: '{}' })
      },
    },
    interface: {
      trigger: (method, options) => {
        calls.push({ api: 'interface.trigger', name: method, options })
        return setup.trigger?.(method, options) ?? Promise.resolve({})
      },
    },
    events: {
      on: (name, callback) => {
        calls.push({ api: 'events.on', name })
        handlers.set(name, [...(handlers.get(name) ?? []), callback])
      },
    },
    instance: {
      resize: (options) => {
        calls.push({ api: 'instance.resize', name: 'resize', options })
      },
    },
  }
  const fire = (name: string, data: unknown = {}) =>
    (handlers.get(name) ?? []).forEach((handler) => handler({ type: name, helper: { getData: () => data } }))
  return { client, calls, fire }
}
