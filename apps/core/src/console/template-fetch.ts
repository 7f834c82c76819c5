import { AppError } from '@deskmate/shared'
import { consoleTemplateFor } from './console-templates.ts'
import type { InvokeTemplate } from './template-admin-session.ts'

const bearer = (headers: HeadersInit | undefined): string => {
  const value = new Headers(headers).get('Authorization') ?? ''
  return value.replace(/^Bearer\s+/i, '')
}

/** Statuses whose response has no body (the Response constructor refuses one). */
const NO_BODY = new Set([204, 205, 304])

const toResponse = (status: number, body: unknown): Response => {
  if (NO_BODY.has(status)) return new Response(null, { status })
  // A status the Response constructor refuses (a 1xx, a platform code) reads as a gateway failure.
  return new Response(typeof body === 'string' ? body : '', {
    status: status >= 200 && status <= 599 ? status : 502,
  })
}

/**
 * A `fetch` for createConsoleClient that goes through Freshworks request templates (the console in Freshdesk
 * may call the Worker no other way): each (method, path) becomes its template, the bearer token becomes
 * `context.admin_session`, query and path parameters become the context keys the template reads. A template's
 * non-2xx answer comes back as that response, so the client reads the Worker's problem+json as usual; a call
 * no template covers rejects before anything is sent.
 * @example createConsoleClient({ baseUrl: 'https://worker.invalid', session, fetch: createTemplateFetch(invoke) })
 */
export const createTemplateFetch =
  (invoke: InvokeTemplate): typeof fetch =>
  async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase()
    const url = new URL(input instanceof Request ? input.url : String(input))
    const call = consoleTemplateFor(method, `${url.pathname}${url.search}`)
    if (!call) throw new AppError('internal', `No request template for ${method} ${url.pathname}`)
    const context = { ...call.context, admin_session: bearer(init?.headers) }
    const body = typeof init?.body === 'string' ? init.body : undefined
    try {
      const answer = await invoke(call.name, { context, ...(body === undefined ? {} : { body }) })
      return toResponse(answer.status || 200, answer.response)
    } catch (error) {
      const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown }
      if (typeof status === 'number' && status >= 400) return toResponse(status, response)
      throw new AppError('internal', 'Deskmate could not be reached; try again')
    }
  }
