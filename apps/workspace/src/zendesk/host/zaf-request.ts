/** The options an app passes to `client.request` (the subset the proxy reads). */
export type ZafRequestOptions = {
  url: string
  type?: string
  contentType?: string
  data?: unknown
  headers?: Record<string, string>
  secure?: boolean
  cors?: boolean
  dataType?: string
  timeout?: number
  httpCompleteResponse?: boolean
  jwt?: { algorithm?: string; secret_key?: string; expiry?: number; claims?: Record<string, unknown> }
}

/** What the proxy got back from the upstream server. */
export type ProxyResult = {
  status: number
  statusText: string
  headers: Record<string, string>
  responseText: string
}

/** A `zaf.request:<n>.done|fail` message for the SDK. */
export type RequestReply = { key: string; message: { responseArgs: unknown[] } }

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const isJsonResponse = (options: ZafRequestOptions, result: ProxyResult): boolean =>
  options.dataType === 'json' || /[/+]json\b/.test(result.headers['content-type'] ?? '')

/** Builds the jqXHR-like object ZAF hands to `.fail` handlers (plain data: it crosses postMessage). */
const toXhr = (result: ProxyResult, json: unknown) => ({
  readyState: 4,
  status: result.status,
  statusText: result.statusText,
  responseText: result.responseText,
  ...(json === undefined ? {} : { responseJSON: json }),
  headers: result.headers,
})

/** Maps a proxied response onto the `done`/`fail` message the ZAF SDK resolves `client.request` with. */
export const toRequestReply = (
  requestKey: string,
  options: ZafRequestOptions,
  result: ProxyResult,
): RequestReply => {
  const isSuccess = (result.status >= 200 && result.status < 300) || result.status === 304
  const wantsJson = isJsonResponse(options, result)
  const parsed = wantsJson && result.responseText !== '' ? parseJson(result.responseText) : undefined
  const json = parsed?.ok ? parsed.value : undefined
  if (!isSuccess || parsed?.ok === false) {
    // jQuery reports an unparseable JSON body on a 2xx as a failure with textStatus 'parsererror'.
    const textStatus = isSuccess ? 'parsererror' : 'error'
    return {
      key: `zaf.${requestKey}.fail`,
      message: { responseArgs: [toXhr(result, json), textStatus, result.statusText] },
    }
  }
  const body = options.httpCompleteResponse
    ? {
        status: result.status,
        headers: result.headers,
        responseText: result.responseText,
        responseJSON: json,
      }
    : wantsJson
      ? json
      : result.responseText
  return { key: `zaf.${requestKey}.done`, message: { responseArgs: [body, 'success', toXhr(result, json)] } }
}
