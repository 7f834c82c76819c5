import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { logEvent } from './log.ts'

const isSafeRequestId = (id: string | undefined): id is string => !!id && /^[\w-]{8,64}$/.test(id)

/**
 * Gives every request an id (the caller's X-Request-Id when well-formed) and logs one line when it ends.
 * @example app.use(requestContext())
 */
export const requestContext = (): MiddlewareHandler<AppEnv> =>
  async function requestContext(c, next) {
    const incoming = c.req.header('X-Request-Id')
    const requestId = isSafeRequestId(incoming) ? incoming : crypto.randomUUID()
    c.set('requestId', requestId)
    const started = Date.now()
    await next()
    c.header('X-Request-Id', requestId)
    logEvent('info', 'request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Date.now() - started,
      tenant: c.get('tenant')?.id,
    })
  }
