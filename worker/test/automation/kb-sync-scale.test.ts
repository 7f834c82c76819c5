import { SELF, createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { createKbSyncRepo } from '../../src/db/kb-sync-repo.ts'
import { consumeDeadLetters } from '../../src/queue/consume-dead-letters.ts'
import { DEAD_LETTER_QUEUE, type KbSyncJob } from '../../src/queue/jobs.ts'
import { syncHelpCenter } from '../../src/services/automation/sync-help-center.ts'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }

/** `count` published articles (ids from `firstId`), all changed in the same second `at`. */
const articlesAt = (count: number, firstId: number, at: string) =>
  Array.from({ length: count }, (_, i) => ({
    id: firstId + i,
    title: `Article ${firstId + i}`,
    body: `How to do thing number ${firstId + i}.`,
    locale: 'en-us',
    updatedAt: at,
  }))

const localIds = (count: number, firstId: number) =>
  Array.from({ length: count }, (_, i) => `zendesk-${firstId + i}-en-us`)

const stateOf = async (who: ConnectedTenant) =>
  (await SELF.fetch('https://worker.test/v1/kb/sync', { headers: await who.adminAuth() })).json<{
    cursor: number
    articles: number
    lastError: string | null
    failedAt: string | null
  }>()

const SECOND = '2026-03-01T10:00:00.000Z'
const SECOND_UNIX = Date.parse(SECOND) / 1000

describe('syncHelpCenter with many changed articles', () => {
  it.each([99, 100, 120, 250])('imports %i articles changed in one second, once each', async (count) => {
    const who = await connectTenant(`kb-scale-${count}`)
    await who.sim.putArticles(articlesAt(count, 1000, SECOND))
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.upserted).toBe(count)
    const stored = await createKbRepo(env.DB, who.tenant.id).getArticles(localIds(count, 1000))
    expect(stored.map((a) => a.id)).toEqual(localIds(count, 1000))
    const state = await stateOf(who)
    expect(state).toMatchObject({ articles: count, lastError: null })
    expect(state.cursor).toBeGreaterThanOrEqual(SECOND_UNIX)
  })

  it('follows pages that repeat a crowded second, and the cursor moves past it', async () => {
    const who = await connectTenant('kb-scale-pages')
    const later = '2026-03-01T10:00:07.000Z'
    await who.sim.putArticles([...articlesAt(150, 2000, SECOND), ...articlesAt(100, 3000, later)])
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.upserted).toBe(250)
    expect(result.cursor).toBe(Date.parse(later) / 1000)
    await who.sim.putArticles(articlesAt(1, 4000, '2026-03-01T10:00:09.000Z'))
    const next = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(next.cursor).toBe(Date.parse('2026-03-01T10:00:09.000Z') / 1000)
    expect(await createKbRepo(env.DB, who.tenant.id).countArticles()).toBe(251)
  })
})

describe('a failed Help Center sync', () => {
  it('is recorded in the sync state and shown by GET /v1/kb/sync, and cleared by the next success', async () => {
    const who = await connectTenant('kb-scale-fail')
    await who.sim.putArticles(articlesAt(3, 5000, SECOND))
    await who.sim.fault({ path: '/help_center/incremental', status: 503, times: 4 })
    await expect(syncHelpCenter(env, who.tenant.id, noWait)).rejects.toMatchObject({
      code: 'helpdesk_upstream',
    })
    const failed = await stateOf(who)
    expect(failed.lastError).toMatch(/^helpdesk_upstream: /)
    expect(Date.parse(failed.failedAt ?? '')).toBeGreaterThan(0)
    await syncHelpCenter(env, who.tenant.id, noWait)
    expect(await stateOf(who)).toMatchObject({ articles: 3, lastError: null, failedAt: null })
  })

  it('that the queue gave up on is recorded as given up, with its last error', async () => {
    const who = await connectTenant('kb-scale-dead')
    await who.sim.fault({ path: '/help_center/incremental', status: 503, times: 4 })
    await expect(syncHelpCenter(env, who.tenant.id, noWait)).rejects.toBeDefined()
    const job: KbSyncJob = { kind: 'kb_sync', tenantId: who.tenant.id, requestedAt: new Date().toISOString() }
    const batch = createMessageBatch(DEAD_LETTER_QUEUE, [
      { id: 'm0', timestamp: new Date(), attempts: 1, body: job },
    ])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, env, noWait)
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m0'])
    const { lastError } = await createKbSyncRepo(env.DB, who.tenant.id).readState()
    expect(lastError).toContain('given up')
    expect(lastError).toContain('helpdesk answered 503')
  })
})
