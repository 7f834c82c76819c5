import { AppError, parseProblem } from '@deskmate/shared'
import type { AdminSessionInfo } from './console-client.ts'

/**
 * A request-template call as Freshworks' `client.request.invokeTemplate` makes it: it resolves with the answer
 * and rejects with `{ status, response }` for a non-2xx one.
 */
export type InvokeTemplate = (
  name: string,
  options: { context?: Record<string, string>; body?: string },
) => Promise<{ status: number; response: string }>

/** The template that exchanges an admin's own API key for a session (manifest/freshdesk/config/requests.json). */
export const CREATE_ADMIN_SESSION_TEMPLATE = 'createAdminSession'

const readJson = (text: unknown): unknown => {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

// The Worker's problem+json when the template got one; never the request, which held the key.
const templateError = (error: unknown): AppError => {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown }
  if (typeof status === 'number' && status >= 400) return parseProblem(readJson(response), status)
  return new AppError('internal', 'Deskmate could not be reached; try again')
}

/**
 * Opens the console's admin session with the admin's own helpdesk API key (Freshdesk signs no user token): the
 * key goes to the `createAdminSession` template as `context`, which puts it in a header to the Worker; the Worker
 * asks the helpdesk whose it is. The key is not kept: hold only the returned session, in memory, and ask for the
 * key again when it expires.
 * @example const session = await openTemplateAdminSession(client.request.invokeTemplate, keyInput.value)
 */
export const openTemplateAdminSession = async (
  invoke: InvokeTemplate,
  apiKey: string,
): Promise<AdminSessionInfo> => {
  const key = apiKey.trim()
  if (!key) throw new AppError('validation_failed', 'Enter your own API key (Profile settings)')
  let answer: { response: string }
  try {
    answer = await invoke(CREATE_ADMIN_SESSION_TEMPLATE, { context: { admin_api_key: key }, body: '{}' })
  } catch (error) {
    throw templateError(error)
  }
  const session = readJson(answer.response) as Partial<Record<'token' | 'expiresAt' | 'tenantId', unknown>>
  if (typeof session?.token !== 'string' || typeof session.expiresAt !== 'string')
    throw new AppError('internal', 'Deskmate answered without a session')
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    ...(typeof session.tenantId === 'string' ? { tenantId: session.tenantId } : {}),
  }
}
