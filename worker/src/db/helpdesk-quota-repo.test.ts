import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { tenantColumn } from '../../test/helpers/tenant-rows.ts'
import { seedTenant } from '../../test/helpers/tenants.ts'
import { KEEP_WINDOWS_MS, createHelpdeskQuotaRepo } from './helpdesk-quota-repo.ts'

const windowsOf = (tenantId: string) => tenantColumn<number>('helpdesk_quota', 'window_start', tenantId)

describe('helpdesk quota repo', () => {
  it('grants up to the budget of a minute, then says how long to wait', async () => {
    const { tenant } = await seedTenant('quota-budget')
    const quota = createHelpdeskQuotaRepo(env.DB, tenant.id)
    const now = new Date('2026-12-04T10:00:45Z')
    expect(await quota.reserve('ticket_update', 2, now)).toEqual({ isGranted: true })
    expect(await quota.reserve('ticket_update', 2, now)).toEqual({ isGranted: true })
    expect(await quota.reserve('ticket_update', 2, now)).toEqual({ isGranted: false, retryAfterSec: 15 })
    expect(await quota.reserve('ticket_update', 2, new Date('2026-12-04T10:01:00Z'))).toEqual({
      isGranted: true,
    })
  })

  it('drops the windows older than an hour when a new window opens, only the tenant’s own', async () => {
    const { tenant } = await seedTenant('quota-prune')
    const { tenant: other } = await seedTenant('quota-prune-other')
    const quota = createHelpdeskQuotaRepo(env.DB, tenant.id)
    const now = Date.parse('2026-12-04T12:00:00Z')
    const at = (ms: number) => new Date(now - ms)
    await quota.reserve('ticket_update', 10, at(KEEP_WINDOWS_MS + 60_000))
    await quota.reserve('search', 10, at(KEEP_WINDOWS_MS + 120_000))
    await quota.reserve('ticket_update', 10, at(KEEP_WINDOWS_MS))
    await createHelpdeskQuotaRepo(env.DB, other.id).reserve('ticket_update', 10, at(2 * KEEP_WINDOWS_MS))
    expect(await windowsOf(tenant.id)).toHaveLength(3)

    await quota.reserve('ticket_update', 10, new Date(now))
    expect(await windowsOf(tenant.id)).toEqual([now - KEEP_WINDOWS_MS, now])
    expect(await windowsOf(other.id)).toEqual([now - 2 * KEEP_WINDOWS_MS])
  })
})
