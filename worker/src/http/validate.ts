import { AppError, type ErrorDetail } from '@deskmate/shared'
import type { MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import type { AppEnv } from '../env.ts'

/** Turns zod issues into the problem's `details` (one entry per field). */
export const toDetails = (error: z.ZodError, prefix = ''): ErrorDetail[] =>
  error.issues.slice(0, 50).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }))

/** Parses a JSON text; malformed JSON is a 400 `invalid_json`, not a 500. */
export const parseJsonText = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON')
  }
}

/** Validates a value with a schema or throws `validation_failed` with per-field details. */
export const parseWith = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new AppError('validation_failed', 'The request is not valid', { details: toDetails(result.error) })
  }
  return result.data
}

/**
 * Validates the JSON body against a shared schema; `c.req.valid('json')` then holds the parsed value.
 * @example app.post('/', validateJson(ZAnalyzeRequest), (c) => c.json(c.req.valid('json')))
 */
export const validateJson = <S extends z.ZodType>(
  schema: S,
): MiddlewareHandler<AppEnv, string, { in: { json: z.input<S> }; out: { json: z.output<S> } }> =>
  async function validateJson(c, next) {
    const type = c.req.header('Content-Type') ?? ''
    if (!/^application\/(.+\+)?json\b/i.test(type)) {
      throw new AppError('unsupported_media_type', 'Send the body as application/json')
    }
    const data = parseWith(schema, parseJsonText(await c.req.text()))
    c.req.addValidatedData('json', data as object)
    await next()
  }
