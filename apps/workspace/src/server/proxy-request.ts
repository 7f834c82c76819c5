import { SignJWT } from 'jose'
import type { ProxyResult, ZafRequestOptions } from '../zendesk/host/zaf-request.ts'
import {
  ProxyRefusal,
  resolveJwtToken,
  resolveSettings,
  type Installation,
  type PlaceholderScope,
} from './resolve-placeholders.ts'

export type ProxyDependencies = {
  installation: Installation
  fetch?: typeof fetch
  now?: () => Date
}

const DEFAULT_JWT_EXPIRY_SEC = 60
const DEFAULT_TIMEOUT_MS = 30_000
const FORWARDED_HEADERS = ['content-type', 'x-request-id', 'retry-after'] as const

const jsonResult = (status: number, statusText: string, body: unknown): ProxyResult => ({
  status,
  statusText,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  responseText: JSON.stringify(body),
})

const signToken = async (
  jwt: NonNullable<ZafRequestOptions['jwt']>,
  resolve: (text: string, scope: PlaceholderScope) => string,
  now: Date,
): Promise<string> => {
  const algorithm = jwt.algorithm ?? 'HS256'
  if (algorithm !== 'HS256') throw new ProxyRefusal(400, `Unsupported JWT algorithm "${algorithm}"`)
  const secret = resolve(jwt.secret_key ?? '', 'jwt_secret_key')
  if (secret === '') throw new ProxyRefusal(400, 'The jwt option needs a secret_key')
  const claims = Object.fromEntries(
    Object.entries(jwt.claims ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? resolve(value, 'jwt_claim') : value,
    ]),
  )
  const issuedAt = Math.floor(now.getTime() / 1000)
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (jwt.expiry ?? DEFAULT_JWT_EXPIRY_SEC))
    .sign(new TextEncoder().encode(secret))
}

const encodeData = (data: unknown): string | undefined => {
  if (data === undefined || data === null) return undefined
  if (typeof data === 'string') return data
  // jQuery form-encodes object data unless told otherwise.
  return new URLSearchParams(Object.entries(data).map(([key, value]) => [key, String(value)])).toString()
}

const buildRequest = async (options: ZafRequestOptions, deps: ProxyDependencies, now: Date) => {
  const isSecure = options.secure === true
  const resolve = (text: string, scope: PlaceholderScope) =>
    resolveSettings(text, scope, deps.installation, isSecure)
  const token = options.jwt ? await signToken(options.jwt, resolve, now) : undefined
  const finish = (text: string, scope: PlaceholderScope) => resolveJwtToken(resolve(text, scope), token)

  const url = new URL(finish(options.url, 'url'))
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ProxyRefusal(400, 'Only http(s) URLs')
  if (isSecure && !deps.installation.domainWhitelist.includes(url.hostname))
    throw new ProxyRefusal(403, `${url.hostname} is not in the app's domainWhitelist`)

  const method = (options.type ?? 'GET').toUpperCase()
  const headers = new Headers()
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    // Zendesk's proxy drops headers whose names contain underscores.
    if (!name.includes('_')) headers.set(name, finish(String(value), 'header'))
  }
  const data = encodeData(options.data)
  const body = data === undefined ? undefined : finish(data, 'body')
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
    url.search = url.search ? `${url.search}&${body}` : body
    return { url, init: { method, headers } }
  }
  if (body !== undefined && !headers.has('content-type'))
    headers.set('content-type', options.contentType ?? 'application/x-www-form-urlencoded; charset=UTF-8')
  return { url, init: { method, headers, body } }
}

/** Performs one `client.request` the way Zendesk's server-side proxy does: substitute, sign, fetch. */
export const proxyRequest = async (
  options: ZafRequestOptions,
  deps: ProxyDependencies,
): Promise<ProxyResult> => {
  const now = deps.now?.() ?? new Date()
  let request: Awaited<ReturnType<typeof buildRequest>>
  try {
    request = await buildRequest(options, deps, now)
  } catch (error) {
    if (error instanceof ProxyRefusal) return jsonResult(error.status, 'error', { error: error.message })
    return jsonResult(400, 'error', { error: error instanceof Error ? error.message : 'Bad request' })
  }
  const timeoutMs = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS
  try {
    const response = await (deps.fetch ?? fetch)(request.url, {
      ...request.init,
      signal: AbortSignal.timeout(timeoutMs),
    })
    const headers: Record<string, string> = {}
    for (const name of FORWARDED_HEADERS) {
      const value = response.headers.get(name)
      if (value !== null) headers[name] = value
    }
    return {
      status: response.status,
      statusText: response.statusText,
      headers,
      responseText: await response.text(),
    }
  } catch (error) {
    const isTimeout = error instanceof Error && error.name === 'TimeoutError'
    return isTimeout
      ? jsonResult(504, 'Gateway Timeout', { error: 'Upstream timed out' })
      : jsonResult(502, 'Bad Gateway', { error: 'Upstream unreachable' })
  }
}
