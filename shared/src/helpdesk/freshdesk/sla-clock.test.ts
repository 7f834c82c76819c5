import { describe, expect, it } from 'vitest'
import { FRESHDESK_PAUSED_STATUSES, freshdeskSlaClock, type FreshdeskSlaFields } from './sla-clock.ts'

const base: FreshdeskSlaFields = {
  status: 2,
  created_at: '2026-01-05T09:00:00Z',
  fr_due_by: '2026-01-05T10:00:00Z',
  due_by: '2026-01-06T09:00:00Z',
  nr_due_by: null,
}
const paused = (status: number) => FRESHDESK_PAUSED_STATUSES.has(status)

describe('freshdeskSlaClock', () => {
  it('counts down to fr_due_by until the first response', () => {
    expect(freshdeskSlaClock(base, paused)).toMatchObject({
      kind: 'countdown',
      metric: 'first_response',
      deadline: new Date('2026-01-05T10:00:00Z'),
      source: 'helpdesk',
    })
  })

  it('then to nr_due_by when a next response is due, else to due_by', () => {
    const responded = { ...base, stats: { first_responded_at: '2026-01-05T09:30:00Z' } }
    expect(freshdeskSlaClock({ ...responded, nr_due_by: '2026-01-05T12:00:00Z' }, paused)).toMatchObject({
      metric: 'next_response',
      deadline: new Date('2026-01-05T12:00:00Z'),
    })
    expect(freshdeskSlaClock(responded, paused)).toMatchObject({
      metric: 'resolution',
      deadline: new Date('2026-01-06T09:00:00Z'),
    })
  })

  it('shows paused for a status that stops the SLA timer', () => {
    expect(freshdeskSlaClock({ ...base, status: 3 }, paused)).toEqual({
      kind: 'paused',
      metric: 'first_response',
    })
    expect(freshdeskSlaClock({ ...base, status: 8 }, (s) => s === 8).kind).toBe('paused')
  })

  it('shows nothing without a due date', () => {
    expect(freshdeskSlaClock({ status: 2 }, paused)).toEqual({ kind: 'none' })
  })
})
