import type { ClientEvent, ClientMethod, ClientRequest, ClientResponse } from './client-protocol.ts'

// The Freshworks client the workspace serves in place of `{{{appclient}}}` (local builds only, never packaged):
// `app.initialized()` resolves with a client whose documented calls are answered by the ticket view.

type Listener = (event: { type: string; helper: { getData: () => unknown } }) => void

const parentOrigin = new URLSearchParams(window.location.search).get('origin') ?? ''
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>()
const listeners = new Map<string, Listener[]>()
let nextId = 1

const call = (method: ClientMethod, params: unknown = {}): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const id = nextId++
    pending.set(id, { resolve, reject })
    const message: ClientRequest = { fdClient: 'request', id, method, params }
    window.parent.postMessage(message, parentOrigin)
  })

const dispatch = (type: string, data: unknown) => {
  for (const listener of listeners.get(type) ?? []) listener({ type, helper: { getData: () => data } })
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || event.origin !== parentOrigin) return
  const message = event.data as ClientResponse | ClientEvent
  if (message?.fdClient === 'event') return dispatch(message.event, message.data)
  if (message?.fdClient !== 'response') return
  const waiting = pending.get(message.id)
  pending.delete(message.id)
  if (!waiting) return
  if ('error' in message) waiting.reject(message.error)
  else waiting.resolve(message.result)
})

const client = {
  data: { get: (name: string) => call('data.get', { name }) },
  iparams: { get: (name?: string) => call('iparams.get', { name }) },
  request: {
    invokeTemplate: (name: string, options: { context?: object; body?: string } = {}) =>
      call('request.invokeTemplate', { name, options }),
  },
  interface: {
    trigger: (action: string, options: object = {}) => call('interface.trigger', { action, options }),
  },
  events: {
    on: (type: string, callback: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), callback])
      // The sidebar is open while the app runs, so `app.activated` fires for each listener once.
      if (type === 'app.activated') setTimeout(() => callback({ type, helper: { getData: () => ({}) } }), 0)
      else void call('events.on', { event: type })
    },
  },
  instance: {
    resize: (size: { height: string | number }) => call('instance.resize', size),
    context: () => call('instance.context'),
  },
}

const ready = Promise.resolve(client)
Object.assign(window, { app: { initialized: () => ready }, frsh_init: () => ready })
