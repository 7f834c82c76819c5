import Anthropic, { type APIError, type RateLimitError } from '@anthropic-ai/sdk'
import { describe, expect, inject, it } from 'vitest'
import { FLAKY_EVERY, fakeApiKey, readFakeRequests, type FakeScenario } from './fake-anthropic-keys.ts'

// The fake runs in Node (globalSetup); these tests reach it from workerd over real HTTP with the real SDK.
const fake = { url: inject('fakeAnthropicUrl') }

const clientFor = (scenario: FakeScenario, opts: { maxRetries?: number; timeout?: number } = {}) => {
  const apiKey = fakeApiKey(scenario)
  const client = new Anthropic({
    apiKey,
    baseURL: fake.url,
    maxRetries: opts.maxRetries ?? 0,
    timeout: opts.timeout,
  })
  return { apiKey, client }
}

const BASE = { model: 'claude-haiku-5-5', max_tokens: 200 } as const
const CLASSIFY_TOOL = {
  name: 'record_labels',
  input_schema: {
    type: 'object' as const,
    properties: {
      category: { type: 'string', enum: ['billing', 'account_login', 'other'] },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      urgent: { type: 'boolean' },
    },
    required: ['category', 'confidence', 'urgent'],
  },
}

const rawPost = (headers: Record<string, string>, body: unknown) =>
  fetch(`${fake.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('startFakeAnthropic', () => {
  it('fails one request in FLAKY_EVERY for a flaky key, with an overloaded or server error', async () => {
    const { client } = clientFor('flaky')
    const statuses: number[] = []
    for (let i = 0; i < FLAKY_EVERY * 2; i++) {
      const outcome = await client.messages
        .create({ ...BASE, messages: [{ role: 'user', content: 'Hello' }] })
        .then(() => 200)
        .catch((err: APIError) => err.status ?? 0)
      statuses.push(outcome)
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([529, 500])
  })

  it('answers a text message with usage and records the request', async () => {
    const { apiKey, client } = clientFor('ok')
    const message = await client.messages.create({
      ...BASE,
      system: [{ type: 'text', text: '<article id="kb-7">Reset</article>' }],
      messages: [{ role: 'user', content: 'How do I reset my password?' }],
    })
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: BASE.model,
      stop_reason: 'end_turn',
    })
    expect(message.id).toMatch(/^msg_/)
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('[#kb-7]') })
    expect(message.usage.input_tokens).toBeGreaterThan(0)
    expect(message.usage.output_tokens).toBeGreaterThan(0)
    const [received] = await readFakeRequests(fake.url, apiKey)
    expect(received?.body).toMatchObject({
      model: BASE.model,
      messages: [{ content: 'How do I reset my password?' }],
    })
    expect(received?.headers['anthropic-version']).toBeTruthy()
    expect(received?.headers).not.toHaveProperty('x-api-key')
  })

  it('answers a forced tool call with the enum value the text mentions first', async () => {
    const { client } = clientFor('ok')
    const message = await client.messages.create({
      ...BASE,
      tools: [CLASSIFY_TOOL],
      tool_choice: { type: 'tool', name: 'record_labels' },
      messages: [
        { role: 'user', content: 'Urgent: cannot log in, account login broken, and billing is wrong' },
      ],
    })
    expect(message.stop_reason).toBe('tool_use')
    expect(message.content[0]).toMatchObject({
      type: 'tool_use',
      name: 'record_labels',
      input: { category: 'account_login', confidence: 0.9, urgent: true },
    })
  })

  it('returns values outside the schema for the bad-tool scenario', async () => {
    const { client } = clientFor('bad-tool')
    const message = await client.messages.create({
      ...BASE,
      tools: [CLASSIFY_TOOL],
      tool_choice: { type: 'tool', name: 'record_labels' },
      messages: [{ role: 'user', content: 'billing' }],
    })
    const block = message.content[0]
    expect(block?.type === 'tool_use' && block.input).toMatchObject({ category: 'billing_not_in_enum' })
  })

  it('streams the SSE events of a message in the API order', async () => {
    const res = await rawPost(
      { 'x-api-key': fakeApiKey('ok'), 'anthropic-version': '2023-06-01' },
      { ...BASE, stream: true, messages: [{ role: 'user', content: 'hi' }] },
    )
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const events = [...(await res.text()).matchAll(/^event: (\w+)$/gm)].map((m) => m[1])
    expect(events.slice(0, 3)).toEqual(['message_start', 'content_block_start', 'ping'])
    expect(events.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop'])
    expect(events.filter((e) => e === 'content_block_delta').length).toBeGreaterThan(3)
  })

  it('streams a tool call as input_json_delta events the SDK assembles', async () => {
    const { client } = clientFor('ok')
    const stream = client.messages.stream({
      ...BASE,
      tools: [CLASSIFY_TOOL],
      tool_choice: { type: 'tool', name: 'record_labels' },
      messages: [{ role: 'user', content: 'A billing question' }],
    })
    const message = await stream.finalMessage()
    expect(message.content[0]).toMatchObject({
      type: 'tool_use',
      input: { category: 'billing', urgent: false },
    })
  })

  it('reports a cache write, then a cache read, for a repeated cache_control prefix', async () => {
    const { client } = clientFor('ok')
    const request = {
      ...BASE,
      system: [
        { type: 'text' as const, text: 'Policy '.repeat(200), cache_control: { type: 'ephemeral' as const } },
      ],
      messages: [{ role: 'user' as const, content: 'hello' }],
    }
    const first = await client.messages.create(request)
    const second = await client.messages.create(request)
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(300)
    expect(first.usage.cache_read_input_tokens).toBe(0)
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens)
    expect(second.usage.cache_creation_input_tokens).toBe(0)
  })

  it('answers 401 authentication_error for a key that is not a test key', async () => {
    const client = new Anthropic({ apiKey: 'sk-ant-real-looking', baseURL: fake.url, maxRetries: 0 })
    const error = await client.messages
      .create({ ...BASE, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError)
    expect((error as APIError).type).toBe('authentication_error')
  })

  it('validates headers and body like the API', async () => {
    const key = fakeApiKey('ok')
    const noVersion = await rawPost(
      { 'x-api-key': key },
      { ...BASE, messages: [{ role: 'user', content: 'x' }] },
    )
    expect(noVersion.status).toBe(400)
    const headers = { 'x-api-key': key, 'anthropic-version': '2023-06-01' }
    const cases: Array<[unknown, string]> = [
      [{ model: BASE.model, messages: [{ role: 'user', content: 'x' }] }, 'max_tokens'],
      [{ ...BASE, messages: [] }, 'messages'],
      [{ ...BASE, messages: [{ role: 'system', content: 'x' }] }, 'role'],
      [{ ...BASE, messages: [{ role: 'user', content: 'x' }], temprature: 1 }, 'Extra inputs'],
      [
        { ...BASE, messages: [{ role: 'user', content: 'x' }], tool_choice: { type: 'tool', name: 'nope' } },
        'nope',
      ],
    ]
    for (const [body, hint] of cases) {
      const res = await rawPost(headers, body)
      expect(res.status).toBe(400)
      const error = (await res.json()) as { type: string; error: { type: string; message: string } }
      expect(error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } })
      expect(error.error.message).toContain(hint)
    }
    const unknownModel = await rawPost(headers, {
      ...BASE,
      model: 'gpt-4',
      messages: [{ role: 'user', content: 'x' }],
    })
    expect(unknownModel.status).toBe(404)
  })

  it('answers 429 with retry-after, which the SDK retries', async () => {
    const { apiKey, client } = clientFor('429', { maxRetries: 1 })
    const error = await client.messages
      .create({ ...BASE, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Anthropic.RateLimitError)
    expect((error as RateLimitError).headers.get('retry-after')).toBe('1')
    expect(await readFakeRequests(fake.url, apiKey)).toHaveLength(2)
  })

  it('answers 529 overloaded_error and 500 api_error', async () => {
    const overloaded = await clientFor('529')
      .client.messages.create({ ...BASE, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e)
    expect(overloaded).toBeInstanceOf(Anthropic.OverloadedError)
    const internal = await clientFor('500')
      .client.messages.create({ ...BASE, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e)
    expect(internal).toBeInstanceOf(Anthropic.InternalServerError)
    expect((internal as APIError).type).toBe('api_error')
  })

  it('hangs for the timeout scenario until the client gives up', async () => {
    const { client } = clientFor('timeout', { timeout: 150 })
    const error = await client.messages
      .create({ ...BASE, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Anthropic.APIConnectionTimeoutError)
  })

  it('sends an error event in the middle of a stream for midstream-fail', async () => {
    const { client } = clientFor('midstream-fail')
    const stream = await client.messages.create({
      ...BASE,
      stream: true,
      messages: [{ role: 'user', content: 'hi' }],
    })
    let text = ''
    const error = await (async () => {
      for await (const event of stream)
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta')
          text += event.delta.text
    })().catch((e: unknown) => e)
    expect(text.length).toBeGreaterThan(0)
    expect(error).toBeInstanceOf(Anthropic.APIError)
    expect((error as APIError).type).toBe('overloaded_error')
  })
})
