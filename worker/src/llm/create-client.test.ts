import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { fakeApiKey, readFakeRequests } from '../../test/fakes/fake-anthropic-keys.ts'
import { createAnthropicClient, LLM_MAX_RETRIES } from './create-client.ts'

describe('createAnthropicClient', () => {
  it('reaches the API at the ANTHROPIC_BASE_URL binding over HTTP', async () => {
    const apiKey = fakeApiKey('ok')
    const client = createAnthropicClient({ apiKey, baseURL: env.ANTHROPIC_BASE_URL })
    const message = await client.messages.create({
      model: 'claude-haiku-5-5',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'ping' }],
    })
    expect(message.type).toBe('message')
    const [request] = await readFakeRequests(env.ANTHROPIC_BASE_URL, apiKey)
    expect(request?.headers['anthropic-version']).toBeTruthy()
  })

  it('retries twice through the SDK and uses Anthropic when no base URL is set', () => {
    const client = createAnthropicClient({ apiKey: 'sk-ant-x', baseURL: '' })
    expect(client.maxRetries).toBe(LLM_MAX_RETRIES)
    expect(client.baseURL).toBe('https://api.anthropic.com')
  })
})
