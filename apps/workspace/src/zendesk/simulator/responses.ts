import type { ServerResponse } from 'node:http'

/** Zendesk's JSON answer. */
export const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

/** Zendesk's error shapes. */
export const notFound = (res: ServerResponse): void =>
  sendJson(res, 404, { error: 'RecordNotFound', description: 'Not found' })

export const unauthorized = (res: ServerResponse): void =>
  sendJson(res, 401, { error: "Couldn't authenticate you" })

export const forbidden = (res: ServerResponse): void =>
  sendJson(res, 403, { error: 'Forbidden', description: 'You do not have access to this page.' })

export const invalid = (res: ServerResponse, description: string): void =>
  sendJson(res, 422, {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { base: [{ description }] },
  })

export const rateLimited = (res: ServerResponse, retryAfter: number): void =>
  sendJson(
    res,
    429,
    { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
    { 'retry-after': String(retryAfter) },
  )
