import {
  buildTemplateRequest,
  TemplateRefusal,
  type FreshdeskInstallation,
  type InvokeOptions,
} from './build-template-request.ts'

/** What `invokeTemplate` resolves with: the response body as a string, as on Freshdesk. */
export type TemplateResponse = { status: number; headers: Record<string, string>; response: string }

/**
 * What `invokeTemplate` rejects with: the app's backend answered non-2xx (`APP`), or the platform refused or
 * could not deliver the request (`PLATFORM`). [unverified] the exact platform statuses and texts.
 */
export type TemplateRejection = TemplateResponse & { errorSource: 'APP' | 'PLATFORM' }

/** The answer the workspace page relays to the app. */
export type InvokeAnswer = { ok: true; result: TemplateResponse } | { ok: false; error: TemplateRejection }

const TIMEOUT_MS = 15_000
const isRetryable = (status: number) => status === 429 || status >= 500

const platformError = (status: number, response: string): InvokeAnswer => ({
  ok: false,
  error: { status, headers: {}, response, errorSource: 'PLATFORM' },
})

/**
 * Runs one `client.request.invokeTemplate` call server-side, as Freshdesk does: builds the request from the
 * template (secure iparams never leave this process), sends it with the template's `maxAttempts` (network
 * errors, 429 and 5xx are retried after `retryDelay`) and a 15 s timeout, and answers the app's shapes.
 */
export const invokeTemplate = async (
  installation: FreshdeskInstallation,
  name: string,
  options: InvokeOptions,
  fetcher: typeof fetch = fetch,
): Promise<InvokeAnswer> => {
  let request
  try {
    request = buildTemplateRequest(installation, name, options)
  } catch (error) {
    if (error instanceof TemplateRefusal) return platformError(400, error.message)
    throw error
  }
  let answer: InvokeAnswer = platformError(502, 'The request could not be sent')
  for (let attempt = 1; attempt <= request.maxAttempts; attempt++) {
    if (attempt > 1) await new Promise((done) => setTimeout(done, request.retryDelay))
    let res: Response
    try {
      res = await fetcher(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
    } catch (error) {
      const isTimeout = error instanceof DOMException && error.name === 'TimeoutError'
      answer = isTimeout
        ? platformError(504, 'Timeout error while processing the request')
        : platformError(502, 'The request could not be sent')
      continue
    }
    const headers: Record<string, string> = {}
    res.headers.forEach((value, key) => {
      headers[key] = value
    })
    const result: TemplateResponse = { status: res.status, headers, response: await res.text() }
    answer = res.ok ? { ok: true, result } : { ok: false, error: { ...result, errorSource: 'APP' } }
    if (!isRetryable(res.status)) break
  }
  return answer
}
