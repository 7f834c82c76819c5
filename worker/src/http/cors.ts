import { cors } from 'hono/cors'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { compileOriginPatterns, isOriginAllowed } from './origin-patterns.ts'

/**
 * CORS limited to the helpdesks' app origins, from ALLOWED_ORIGINS. Production lists no local origin; the local
 * stack adds localhost for the workspace (`scripts/dev/dev-origins.ts`).
 * @example app.use('*', corsForApps())
 */
export const corsForApps = (): MiddlewareHandler<AppEnv> => {
  let compiled: { source: string; patterns: RegExp[] } | undefined
  return async function corsForApps(c, next) {
    const source = c.env.ALLOWED_ORIGINS
    if (compiled?.source !== source) compiled = { source, patterns: compileOriginPatterns(source) }
    const patterns = compiled.patterns
    const handler = cors({
      origin: (origin) => (isOriginAllowed(origin, patterns) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id'],
      exposeHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    })
    return handler(c, next)
  }
}
