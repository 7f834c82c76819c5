import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { ticketCreatedJob } from '../../../test/helpers/jobs.ts'
import { seedTenant } from '../../../test/helpers/tenants.ts'
import { flushDeliveries, type DeliveryItem } from './flush-deliveries.ts'

const account = 'flush-prune'
const tenantId = `zendesk:${account}`
let version = 0
let nextId = 0

const item = (): DeliveryItem => {
  const ticketId = String(++nextId)
  return {
    tenantId,
    deliveryId: `delivery-${ticketId}`,
    expiresAt: Date.now() + 600_000,
    secretVersion: version,
    job: ticketCreatedJob(tenantId, ticketId),
  }
}

const queued: unknown[] = []
const queue = {
  sendBatch: (messages: unknown[]) => Promise.resolve(void queued.push(...messages)),
} as unknown as Queue

const addExpired = async (count: number): Promise<void> => {
  const insert = env.DB.prepare(
    'INSERT INTO webhook_deliveries (tenant_id, delivery_hash, expires_at) VALUES (?, ?, ?)',
  )
  await env.DB.batch(
    Array.from({ length: count }, () => insert.bind(tenantId, `expired-${crypto.randomUUID()}`, 1)),
  )
}

const count = async (where: string): Promise<number> =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM webhook_deliveries WHERE ${where}`).first<number>('n')) ??
  0

describe('flushDeliveries', () => {
  beforeAll(async () => {
    version = (await seedTenant(account)).tenant.version
  })

  it('prunes expired deliveries on its first flush and again once a hundred new ones are recorded', async () => {
    const flush = flushDeliveries(env.DB, queue)
    await addExpired(3)
    expect(await flush([item()])).toEqual([{ status: 'queued' }])
    expect(await count('expires_at < 1000')).toBe(0)

    await addExpired(2)
    const batch = Array.from({ length: 99 }, item)
    expect(await flush(batch)).toEqual(batch.map(() => ({ status: 'queued' })))
    // 100 recorded since the first prune: the next flush prunes, and keeps every live delivery.
    expect(await count('expires_at < 1000')).toBe(2)
    await flush([item()])
    expect(await count('expires_at < 1000')).toBe(0)
    expect(await count('expires_at > 1000')).toBe(101)
    expect(queued).toHaveLength(101)
  })

  it('tells a replay from a delivery verified with an outdated secret', async () => {
    const flush = flushDeliveries(env.DB, queue)
    const first = item()
    const stale = { ...item(), secretVersion: version - 1 }
    expect(await flush([first, { ...first }, stale])).toEqual([
      { status: 'queued' },
      { status: 'replayed' },
      { status: 'stale', currentVersion: version },
    ])
    expect(await flush([first])).toEqual([{ status: 'replayed' }])
  })
})
