/** One SSE event as the Worker writes it. */
export const sseEvent = (event: string, data: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

/** A controllable SSE body: push chunks as the test goes, then close or fail it. */
export const createSseBody = () => {
  const encoder = new TextEncoder()
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let isCancelled = false
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c
    },
    cancel: () => {
      isCancelled = true
    },
  })
  return {
    stream,
    push: (chunk: string) => controller.enqueue(encoder.encode(chunk)),
    close: () => controller.close(),
    get isCancelled() {
      return isCancelled
    },
  }
}

/** A fetch that answers every request with `body` as an SSE response and records the URLs. */
export const createStreamFetch = (body: () => ReadableStream<Uint8Array> | Response) => {
  const urls: string[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    urls.push(String(input))
    const answer = body()
    if (answer instanceof Response) return answer
    if (init?.signal?.aborted) throw new DOMException('Aborted', 'AbortError')
    // Like a real fetch, aborting the signal cancels the body the server is sending.
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>()
    answer.pipeTo(writable, init?.signal ? { signal: init.signal } : {}).catch(() => undefined)
    return new Response(readable, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
  }
  return { fetch: fetch as typeof globalThis.fetch, urls }
}
