import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  FLAKY_EVERY,
  scenarioOf,
  type FakeAnthropicRequest,
  type FakeScenario,
} from './fake-anthropic-keys.ts'
import {
  answerBlocks,
  chunkText,
  computeUsage,
  newId,
  type AnswerBlock,
  type MessagesBody,
  type Usage,
} from './fake-anthropic-replies.ts'
import { isMessagesBody, validateMessagesBody } from './fake-anthropic-validate.ts'

/** A running fake of the Anthropic Messages API, with counts of the messages it answered and failed. */
export type FakeAnthropic = {
  url: string
  requests: FakeAnthropicRequest[]
  counts: { messages: number; failures: number }
  close(): Promise<void>
}

const MAX_BODY_BYTES = 32 * 1024 * 1024
const ORGANIZATION_ID = randomUUID()
const UPSTREAM_ERRORS = {
  '429': {
    status: 429,
    type: 'rate_limit_error',
    message: 'Number of request tokens has exceeded your rate limit',
  },
  '529': { status: 529, type: 'overloaded_error', message: 'Overloaded' },
  '500': { status: 500, type: 'api_error', message: 'Internal server error' },
} as const

const sendError = (res: ServerResponse, status: number, type: string, message: string, headers = {}) => {
  const requestId = newId('req')
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers })
  res.end(JSON.stringify({ type: 'error', error: { type, message }, request_id: requestId }))
}

const readBody = async (req: IncomingMessage): Promise<string | null> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const toMessage = (body: MessagesBody, blocks: readonly AnswerBlock[], usage: Usage) => ({
  id: newId('msg'),
  type: 'message',
  role: 'assistant',
  model: body.model,
  content: blocks.map((b) =>
    b.type === 'text'
      ? { type: 'text' as const, text: b.text, citations: null }
      : {
          type: 'tool_use' as const,
          id: newId('toolu'),
          name: b.name,
          input: b.input,
          caller: { type: 'direct' },
        },
  ),
  stop_reason: blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
  stop_sequence: null,
  stop_details: null,
  container: null,
  diagnostics: null,
  usage,
})

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Streams a message as the API's SSE events; `failAt` breaks it after that many content deltas. */
const streamMessage = async (
  res: ServerResponse,
  message: ReturnType<typeof toMessage>,
  scenario: FakeScenario,
) => {
  const send = (event: string, data: object) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'request-id': newId('req'),
    'anthropic-organization-id': ORGANIZATION_ID,
  })
  const { usage } = message
  send('message_start', {
    type: 'message_start',
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  })
  const deltas = message.content.map((block) =>
    block.type === 'text'
      ? chunkText(block.text).map((text) => ({ type: 'text_delta', text }))
      : ['', ...chunkText(JSON.stringify(block.input), 12)].map((partial_json) => ({
          type: 'input_json_delta',
          partial_json,
        })),
  )
  const total = deltas.flat().length
  const failAt = scenario === 'midstream-fail' || scenario === 'midstream-hang' ? Math.floor(total / 2) : -1
  let sent = 0
  for (const [index, block] of message.content.entries()) {
    const start = block.type === 'text' ? { ...block, text: '' } : { ...block, input: {} }
    send('content_block_start', { type: 'content_block_start', index, content_block: start })
    if (index === 0) send('ping', { type: 'ping' })
    for (const delta of deltas[index] ?? []) {
      if (sent === failAt) {
        if (scenario === 'midstream-hang') return // leave the connection open, as a stalled upstream does
        send('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })
        return res.end()
      }
      send('content_block_delta', { type: 'content_block_delta', index, delta })
      sent++
      await tick()
    }
    send('content_block_stop', { type: 'content_block_stop', index })
  }
  send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: message.stop_reason, stop_sequence: null, stop_details: null, container: null },
    usage: {
      input_tokens: usage.input_tokens,
      output_tokens: usage.output_tokens,
      cache_creation_input_tokens: usage.cache_creation_input_tokens,
      cache_read_input_tokens: usage.cache_read_input_tokens,
      server_tool_use: null,
      output_tokens_details: null,
    },
  })
  send('message_stop', { type: 'message_stop' })
  res.end()
}

const headerMap = (req: IncomingMessage): Record<string, string> =>
  Object.fromEntries(
    Object.entries(req.headers)
      .filter(([name]) => name !== 'x-api-key' && name !== 'authorization')
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')]),
  )

// The API takes the key as `x-api-key` or, as this SDK sends it, `Authorization: Bearer <key>`.
const apiKeyOf = (req: IncomingMessage): string | null => {
  const header = req.headers['x-api-key']
  if (typeof header === 'string' && header.length > 0) return header
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')
  return bearer?.[1] ?? null
}

/** Options of the fake: its port, and whether it keeps what it received (off for long runs such as a soak). */
export type FakeAnthropicOptions = { port?: number; isRecording?: boolean }

/**
 * Starts a local HTTP server speaking Anthropic's `POST /v1/messages` (JSON and SSE, errors included).
 * `GET /__requests?key=…` returns what was received with that API key; `PUT /__reply?key=…` with
 * `{"text": "…"}` makes the model answer that text to that key's text requests.
 */
export const startFakeAnthropic = async ({
  port = 0,
  isRecording = true,
}: FakeAnthropicOptions = {}): Promise<FakeAnthropic> => {
  const requests: FakeAnthropicRequest[] = []
  const cache = new Set<string>()
  const scripted = new Map<string, string>()
  const flakyCounts = new Map<string, number>()
  const counts = { messages: 0, failures: 0 }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    if (req.method === 'GET' && url.pathname === '/__requests') {
      const key = url.searchParams.get('key')
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ requests: requests.filter((r) => r.apiKey === key) }))
    }
    if (req.method === 'PUT' && url.pathname === '/__reply') {
      const { text } = JSON.parse((await readBody(req)) ?? '{}') as { text?: unknown }
      if (typeof text === 'string') scripted.set(url.searchParams.get('key') ?? '', text)
      res.writeHead(typeof text === 'string' ? 204 : 400)
      return res.end()
    }
    if (req.method !== 'POST' || url.pathname !== '/v1/messages')
      return sendError(res, 404, 'not_found_error', 'Not found')

    const raw = await readBody(req)
    if (raw === null)
      return sendError(res, 413, 'request_too_large', 'Request exceeds the maximum allowed size')
    let body: unknown = raw
    try {
      body = JSON.parse(raw)
    } catch {
      // recorded as received; answered below
    }
    const apiKey = apiKeyOf(req)
    const receivedAt = new Date().toISOString()
    if (isRecording)
      requests.push({
        method: req.method,
        path: url.pathname,
        apiKey,
        headers: headerMap(req),
        body,
        receivedAt,
      })

    if (apiKey === null)
      return sendError(res, 401, 'authentication_error', 'x-api-key or authorization header is required')
    const scenario = scenarioOf(apiKey)
    if (scenario === null) return sendError(res, 401, 'authentication_error', 'invalid x-api-key')
    if (!req.headers['anthropic-version'])
      return sendError(res, 400, 'invalid_request_error', 'anthropic-version: header is required')
    if (body === raw)
      return sendError(res, 400, 'invalid_request_error', 'There was an error parsing the body')
    const problem = validateMessagesBody(body)
    if (problem !== null || !isMessagesBody(body))
      return sendError(res, 400, 'invalid_request_error', problem ?? '')
    if (!body.model.startsWith('claude-'))
      return sendError(res, 404, 'not_found_error', `model: ${body.model}`)

    if (scenario === 'timeout') return // never answers: the client's timeout has to fire
    counts.messages++
    if (scenario === 'flaky') {
      const count = (flakyCounts.get(apiKey) ?? 0) + 1
      flakyCounts.set(apiKey, count)
      if (count % FLAKY_EVERY === 0) {
        counts.failures++
        const { status, type, message } = UPSTREAM_ERRORS[count % (2 * FLAKY_EVERY) === 0 ? '500' : '529']
        return sendError(res, status, type, message)
      }
    }
    if (scenario === '429' || scenario === '529' || scenario === '500') {
      const { status, type, message } = UPSTREAM_ERRORS[scenario]
      const headers = scenario === '429' ? { 'retry-after': '1', 'x-should-retry': 'true' } : {}
      return sendError(res, status, type, message, headers)
    }
    const blocks = answerBlocks(body, {
      isBadTool: scenario === 'bad-tool',
      isCitingUnknown: scenario === 'cite-unknown',
      scriptedText: scripted.get(apiKey),
    })
    const outputText = blocks.map((b) => (b.type === 'text' ? b.text : JSON.stringify(b.input))).join('')
    const message = toMessage(body, blocks, computeUsage(body, apiKey, cache, outputText))
    if (body.stream) return streamMessage(res, message, scenario)
    res.writeHead(200, {
      'content-type': 'application/json',
      'request-id': newId('req'),
      'anthropic-organization-id': ORGANIZATION_ID,
    })
    res.end(JSON.stringify(message))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'api_error', String(err))
      else res.destroy()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    counts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
