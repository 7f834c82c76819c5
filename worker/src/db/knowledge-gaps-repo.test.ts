import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { tenantColumn } from '../../test/helpers/tenant-rows.ts'
import { seedTenant } from '../../test/helpers/tenants.ts'
import { GAP_RETENTION_DAYS, createKnowledgeGapsRepo } from './knowledge-gaps-repo.ts'

const DAY_MS = 86_400_000

const ticketIdsOf = (tenantId: string) => tenantColumn<string>('knowledge_gap_tickets', 'ticket_id', tenantId)

describe('knowledge gaps repo', () => {
  it('drops the tenant’s expired gap tickets when one is recorded, new or again', async () => {
    const { tenant } = await seedTenant('gaps-prune')
    const { tenant: other } = await seedTenant('gaps-prune-other')
    const gaps = createKnowledgeGapsRepo(env.DB, tenant.id)
    const now = Date.parse('2026-12-04T12:00:00.250Z')
    const ago = (ms: number) => new Date(now - ms)
    const record = (ticketId: string, at: Date, repo = gaps) =>
      repo.recordStatement({ ticketId, subject: `Gap ${ticketId}`, excerpt: '…' }, at).run()
    await record('1', ago(GAP_RETENTION_DAYS * DAY_MS + 2))
    await record('2', ago(GAP_RETENTION_DAYS * DAY_MS))
    await record('3', ago(10 * DAY_MS))
    await record('9', ago(GAP_RETENTION_DAYS * DAY_MS + 5), createKnowledgeGapsRepo(env.DB, other.id))

    // Recorded again: the update prunes too, down to the millisecond of the retention.
    await record('3', ago(1))
    expect(await ticketIdsOf(tenant.id)).toEqual(['2', '3'])

    await record('4', new Date(now + 1))
    expect(await ticketIdsOf(tenant.id)).toEqual(['3', '4'])
    expect(await ticketIdsOf(other.id)).toEqual(['9'])
    expect((await gaps.recent(ago(DAY_MS), 10)).map((gap) => gap.ticketId)).toEqual(['4', '3'])
  })
})
