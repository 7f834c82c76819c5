import type { Ticket } from '@deskmate/shared'
import type { LoadTarget } from './run-load.ts'

const expectJson =
  (marker: string) =>
  (status: number, body: string): string | null =>
    status !== 200
      ? `HTTP ${status}: ${body.slice(0, 200)}`
      : body.includes(marker)
        ? null
        : `no ${marker} in the answer`

const expectStream = (status: number, body: string): string | null => {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 200)}`
  if (body.includes('event: error')) return `the stream ended with an error: ${body.slice(-300)}`
  return body.includes('event: done') ? null : 'the stream ended without a done event'
}

/** One indexed D1 query from a Worker on the same database: what each D1 round trip adds to an endpoint. */
export const d1ProbeTarget: LoadTarget = {
  name: 'D1 round trip (probe Worker, 1 query)',
  method: 'GET',
  path: '/',
  check: (status, body) => (status === 200 && body === 'ok' ? null : `HTTP ${status}: ${body.slice(0, 200)}`),
}

/**
 * The Worker endpoints under load: `GET /healthz` (the floor) and the sidebar's calls, each cycling through the
 * given tickets.
 */
export const workerTargets = (tickets: readonly Ticket[], token: string): LoadTarget[] => {
  const auth = { Authorization: `Bearer ${token}` }
  const withTicket = (extra: object = {}) => tickets.map((ticket) => JSON.stringify({ ticket, ...extra }))
  return [
    { name: 'GET /healthz (floor)', method: 'GET', path: '/healthz', check: expectJson('"ok":true') },
    {
      name: 'POST /v1/tickets/analyze',
      method: 'POST',
      path: '/v1/tickets/analyze',
      headers: auth,
      bodies: withTicket(),
      check: expectJson('"autoReply"'),
    },
    {
      name: 'POST /v1/kb/suggest',
      method: 'POST',
      path: '/v1/kb/suggest',
      headers: auth,
      bodies: withTicket({ limit: 3 }),
      check: expectJson('"articles"'),
    },
    {
      name: 'POST /v1/replies/draft (JSON)',
      method: 'POST',
      path: '/v1/replies/draft',
      headers: { ...auth, Accept: 'application/json' },
      bodies: withTicket(),
      check: expectJson('"citations"'),
    },
    {
      name: 'POST /v1/replies/draft (SSE)',
      method: 'POST',
      path: '/v1/replies/draft',
      headers: { ...auth, Accept: 'text/event-stream' },
      bodies: withTicket(),
      check: expectStream,
    },
  ]
}
