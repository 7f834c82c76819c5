import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { consumeJobs } from '../../src/queue/consume-jobs.ts'
import { connectTenant, jobFor, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const SECRET_TEXT = 'my password is Hunter2-Secret'

describe('queue failure logs', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('queue-logs', { mode: 'auto_reply' })
  })
  afterEach(() => vi.restoreAllMocks())

  it('name the error code, upstream status and cause, and no ticket text or secret', async () => {
    const ticket = await who.sim.createTicket({
      subject: SECRET_TEXT,
      body: SECRET_TEXT,
      requester: { email: 'logs@example.com' },
    })
    await who.sim.fault({ path: `/tickets/${ticket.id}`, status: 503, times: 20 })
    const lines: string[] = []
    vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void lines.push(String(line)))
    const batch = createMessageBatch('deskmate-jobs', [
      { id: 'm0', timestamp: new Date(), attempts: 1, body: jobFor(who, ticket.id) },
    ])
    const ctx = createExecutionContext()
    await consumeJobs(batch, env, { sleep: async () => {} })
    expect((await getQueueResult(batch, ctx)).retryMessages).toHaveLength(1)
    const failed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(failed).toContainEqual(
      expect.objectContaining({
        msg: 'job_failed',
        code: 'helpdesk_upstream',
        status: 503,
        message: 'The helpdesk answered 503',
      }),
    )
    expect(lines.join('\n')).not.toMatch(/Hunter2|password is|apiToken|whsec-/i)
  })
})
