import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createWebhookEventsRepo } from '../../src/db/webhook-events-repo.ts'
import { seedTenant } from '../helpers/tenants.ts'

describe('webhook events: landed steps of a decided write', () => {
  it('keeps the landed steps beside the plan, leaving the plan as it was decided', async () => {
    const { tenant } = await seedTenant('event-steps')
    const events = createWebhookEventsRepo(env.DB, tenant.id)
    const now = new Date()
    expect(await events.claim('ticket_created:1', '1', now, 60_000)).toMatchObject({ doneSteps: [] })
    const plan = { decision: 'auto_replied', update: { addTags: ['deskmate_auto_replied'] } }
    await events.decideStatement('ticket_created:1', plan, 'stamp-1', now).run()
    await events.recordSteps('ticket_created:1', ['comment'], now)
    await events.recordSteps('ticket_created:1', ['comment', 'tags'], now)
    expect(await events.find('ticket_created:1')).toEqual({
      status: 'decided',
      attempts: 1,
      plan,
      writeStamp: 'stamp-1',
      doneSteps: ['comment', 'tags'],
    })
  })

  it('records nothing for an event that is not decided', async () => {
    const { tenant } = await seedTenant('event-steps-undecided')
    const events = createWebhookEventsRepo(env.DB, tenant.id)
    await events.claim('ticket_created:2', '2', new Date(), 60_000)
    await events.recordSteps('ticket_created:2', ['comment'], new Date())
    expect(await events.find('ticket_created:2')).toMatchObject({ plan: null, doneSteps: [] })
  })
})
