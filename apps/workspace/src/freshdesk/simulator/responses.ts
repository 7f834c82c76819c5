import type { ServerResponse } from 'node:http'

/** Freshdesk's JSON answer. */
export const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

/** Freshdesk's error shapes. */
export const notFound = (res: ServerResponse): void => {
  res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' })
  res.end()
}

export const unauthorized = (res: ServerResponse): void =>
  sendJson(res, 401, {
    code: 'invalid_credentials',
    message: 'You have to be logged in to perform this action.',
  })

export const invalid = (res: ServerResponse, field: string, message: string): void =>
  sendJson(res, 400, {
    description: 'Validation failed',
    errors: [{ field, message, code: 'invalid_value' }],
  })

export const rateLimited = (res: ServerResponse, retryAfter: number): void =>
  sendJson(
    res,
    429,
    { message: 'You have exceeded the limit of requests per minute' },
    { 'retry-after': String(retryAfter) },
  )
