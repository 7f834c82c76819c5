import { cors } from 'hono/cors'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/** Compiles `https://*.zendesk.com`-style patterns; `*` matches one DNS label or a port number. */
export const compileOriginPatterns = (list: string): RegExp[] =>
  list
    .split(',')
    .map((pattern) => pattern.trim())
    .filter(Boolean)
    .map((pattern) => new RegExp(`^${escapeRegExp(pattern).replace(/\*/g, '[a-z0-9-]+')}$`, 'i'))

/**
 * CORS limited to the helpdesks' app origins (and localhost for the local workspace), from ALLOWED_ORIGINS.
 * @example app.use('*', corsForApps())
 */
export const corsForApps = (): MiddlewareHandler<AppEnv> => {
  let compiled: { source: string; patterns: RegExp[] } | undefined
  return async function corsForApps(c, next) {
    const source = c.env.ALLOWED_ORIGINS
    if (compiled?.source !== source) compiled = { source, patterns: compileOriginPatterns(source) }
    const patterns = compiled.patterns
    const handler = cors({
      origin: (origin) => (patterns.some((re) => re.test(origin)) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id'],
      exposeHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    })
    return handler(c, next)
  }
}
