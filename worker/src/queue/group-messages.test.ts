import { describe, expect, it } from 'vitest'
import { groupByTicket, runBounded } from './group-messages.ts'
import type { Job } from './jobs.ts'

const event = (tenantId: string, ticketId: string, eventKey: string): { job: Job } => ({
  job: {
    kind: 'ticket_event',
    tenantId,
    helpdesk: 'zendesk',
    ticketId,
    event: 'ticket_created',
    eventKey,
    receivedAt: '2026-12-04T00:00:00.000Z',
  },
})

describe('groupByTicket', () => {
  it('puts the events of one ticket together in batch order, apart from other tenants and syncs', () => {
    const a1 = event('t1', '7', 'a1')
    const b = event('t2', '7', 'b')
    const a2 = event('t1', '7', 'a2')
    const sync = { job: { kind: 'kb_sync', tenantId: 't1', requestedAt: '2026-12-04T00:00:00.000Z' } as Job }
    expect(groupByTicket([a1, b, sync, a2])).toEqual([[a1, a2], [b], [sync]])
  })
})

describe('runBounded', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0
    let most = 0
    const done: number[] = []
    await runBounded([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, n % 3))
      done.push(n)
      running--
    })
    expect(done.toSorted()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })
})
