import type { Priority, SlaPolicyMetric, TicketType } from '@deskmate/shared'
import {
  WorkerResponseError,
  type HostClient,
  type HostTicket,
  type ReplyContent,
  type WorkerMethod,
} from '../host/host-client.ts'

/** One Worker call the fake host received. */
export type RecordedCall = { method: WorkerMethod; path: string; body: unknown }

/** Answers a Worker call: return a body, or throw (e.g. `problem(...)`) to fail it. */
export type WorkerRoute = (call: RecordedCall) => unknown

/** A HostClient for tests: scripted Worker answers, recorded side effects, ticket changes on demand. */
export type FakeHost = HostClient & {
  calls: RecordedCall[]
  inserted: ReplyContent[]
  priorities: Priority[]
  types: TicketType[]
  opened: string[]
  heights: number[]
  ticket: HostTicket
  routes: Record<string, WorkerRoute>
  slaMetrics: SlaPolicyMetric[] | null
  /** Replaces the ticket and fires the change listeners. */
  changeTicket: (next: HostTicket) => void
}

/** A rejected Worker call carrying a problem+json body. */
export const problem = (status: number, code: string, title = code): WorkerResponseError =>
  new WorkerResponseError(status, { type: `https://deskmate.dev/errors/${code}`, title, status, code })

/** A demo ticket for tests. */
export const sampleTicket = (overrides: Partial<HostTicket['ticket']> = {}): HostTicket => ({
  id: '42',
  ticket: {
    id: '42',
    subject: 'Cannot log in',
    body: 'I reset my password but the login page still says invalid credentials.',
    channel: 'email',
    priority: 'normal',
    tags: [],
    createdAt: '2026-08-03T09:00:00.000Z',
    ...overrides,
  },
  sla: {
    createdAt: '2026-08-03T09:00:00.000Z',
    channel: 'email',
    priority: 'normal',
    tierTags: [],
    hasAgentReply: false,
    isSolved: false,
  },
})

/** Creates a fake host; a route is keyed by `METHOD path` (path without the query string). */
export const createFakeHost = (
  init: Partial<Pick<FakeHost, 'ticket' | 'routes' | 'slaMetrics'>> = {},
): FakeHost => {
  const listeners = new Set<() => void>()
  const host: FakeHost = {
    kind: 'zendesk',
    calls: [],
    inserted: [],
    priorities: [],
    types: [],
    opened: [],
    heights: [],
    ticket: init.ticket ?? sampleTicket(),
    routes: init.routes ?? {},
    slaMetrics: init.slaMetrics ?? null,
    changeTicket: (next) => {
      host.ticket = next
      listeners.forEach((listener) => listener())
    },
    getTicket: async () => host.ticket,
    getLocale: async () => 'en-US',
    getAgentName: async () => 'Dana Agent',
    getSlaMetrics: async () => host.slaMetrics,
    insertReply: async (content) => {
      host.inserted.push(content)
    },
    setPriority: async (priority) => {
      host.priorities.push(priority)
    },
    setType: async (type) => {
      host.types.push(type)
    },
    callWorker: async <T>(method: WorkerMethod, path: string, body?: unknown): Promise<T> => {
      const call = { method, path, body }
      host.calls.push(call)
      const route = host.routes[`${method} ${path.split('?')[0]}`]
      if (!route) throw problem(404, 'not_found', `No fake route for ${method} ${path}`)
      return (await route(call)) as T
    },
    resolveWorkerUrl: async (pathOrUrl) => new URL(pathOrUrl, 'http://127.0.0.1:8787').toString(),
    openUrl: (url) => {
      host.opened.push(url)
    },
    resize: (height) => {
      host.heights.push(height)
    },
    onTicketChanged: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return host
}
