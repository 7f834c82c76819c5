import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ticketCreatedJob } from '../../../test/helpers/jobs.ts'
import { seedTenant } from '../../../test/helpers/tenants.ts'
import { createUsageRepo } from '../../db/usage-repo.ts'
import { startTicketEvent } from './start-ticket-event.ts'

describe('startTicketEvent', () => {
  it('claims the event with the tenant’s usage of the day, and zero usage for a day without any', async () => {
    const { tenant } = await seedTenant('start-event-usage')
    const now = new Date('2026-12-04T23:59:59.900Z')
    const usage = createUsageRepo(env.DB, tenant.id)
    await usage.addStatement(now, { autoReplies: 2, llmTokens: 300 }).run()
    await usage.addStatement(new Date('2026-12-03T12:00:00Z'), { autoReplies: 7 }).run()

    const started = await startTicketEvent(env, ticketCreatedJob(tenant.id, '1'), now, 60_000)
    expect(started.found?.tenant.id).toBe(tenant.id)
    expect(started.record).toMatchObject({ status: 'received', attempts: 1, plan: null })
    expect(started.usage).toEqual({ autoRepliesToday: 2, llmTokensToday: 300 })

    const nextDay = new Date('2026-12-05T00:00:00.100Z')
    expect((await startTicketEvent(env, ticketCreatedJob(tenant.id, '2'), nextDay, 60_000)).usage).toEqual({
      autoRepliesToday: 0,
      llmTokensToday: 0,
    })
  })

  it('claims an event held by another consumer only once its lease ran out', async () => {
    const { tenant } = await seedTenant('start-event-lease')
    const now = new Date('2026-12-04T10:00:00Z')
    await startTicketEvent(env, ticketCreatedJob(tenant.id, '1'), now, 60_000)
    const held = await startTicketEvent(
      env,
      ticketCreatedJob(tenant.id, '1'),
      new Date(now.getTime() + 1_000),
      60_000,
    )
    expect(held.record).toBeNull()
    const later = await startTicketEvent(
      env,
      ticketCreatedJob(tenant.id, '1'),
      new Date(now.getTime() + 60_000),
      60_000,
    )
    expect(later.record).toMatchObject({ status: 'received', attempts: 2 })
  })
})
