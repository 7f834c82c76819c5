import { describe, expect, it } from 'vitest'
import { DEFAULT_SLA_POLICY, type SlaPolicy } from './policy.ts'
import { clockFromPolicy, clockFromSlaTargets, slaStatusAt, type SlaTicketFacts } from './compute-deadline.ts'

const facts = (overrides: Partial<SlaTicketFacts> = {}): SlaTicketFacts => ({
  createdAt: '2026-08-03T09:00:00Z',
  channel: 'email',
  priority: 'high',
  tierTags: [],
  hasAgentReply: false,
  isSolved: false,
  ...overrides,
})
const at = (iso: string) => new Date(iso)

describe('clockFromSlaTargets', () => {
  it('counts down to the active metric that breaches first', () => {
    const clock = clockFromSlaTargets([
      { metric: 'total_resolution_time', stage: 'active', dueAt: '2026-08-04T09:00:00Z' },
      { metric: 'first_reply_time', stage: 'active', dueAt: '2026-08-03T10:00:00Z' },
      { metric: 'next_reply_time', stage: 'achieved', dueAt: null },
    ])
    expect(clock).toMatchObject({ kind: 'countdown', metric: 'first_reply_time', source: 'helpdesk' })
    expect(clock.kind === 'countdown' && clock.deadline.toISOString()).toBe('2026-08-03T10:00:00.000Z')
  })

  it('returns paused when the only open metric is paused', () => {
    const clock = clockFromSlaTargets([
      { metric: 'first_reply_time', stage: 'achieved', dueAt: null },
      { metric: 'pausable_update_time', stage: 'paused', dueAt: '2026-08-03T10:00:00Z' },
    ])
    expect(clock).toEqual({ kind: 'paused', metric: 'pausable_update_time' })
  })

  it('returns met when every metric is achieved', () => {
    expect(clockFromSlaTargets([{ metric: 'first_reply_time', stage: 'achieved', dueAt: null }])).toEqual({
      kind: 'met',
      metric: 'first_reply_time',
    })
  })

  it('returns none for an empty list', () => {
    expect(clockFromSlaTargets([])).toEqual({ kind: 'none' })
  })
})

describe('clockFromPolicy', () => {
  it('uses the channel × priority first-response target before any agent reply', () => {
    const clock = clockFromPolicy(facts(), DEFAULT_SLA_POLICY)
    expect(clock).toMatchObject({ kind: 'countdown', metric: 'first_reply_time', source: 'policy' })
    expect(clock.kind === 'countdown' && clock.deadline.toISOString()).toBe('2026-08-03T09:30:00.000Z')
  })

  it('switches to the resolution target once an agent replied', () => {
    const clock = clockFromPolicy(facts({ hasAgentReply: true }), DEFAULT_SLA_POLICY)
    expect(clock.kind === 'countdown' && [clock.metric, clock.deadline.toISOString()]).toEqual([
      'total_resolution_time',
      '2026-08-03T17:00:00.000Z',
    ])
  })

  it('applies the strictest tier multiplier among the tags', () => {
    const clock = clockFromPolicy(facts({ tierTags: ['gold', 'enterprise'] }), DEFAULT_SLA_POLICY)
    expect(clock.kind === 'countdown' && clock.deadline.toISOString()).toBe('2026-08-03T09:15:00.000Z')
  })

  it('uses resolution when the first-response target is zero (phone)', () => {
    const clock = clockFromPolicy(facts({ channel: 'phone', priority: 'urgent' }), DEFAULT_SLA_POLICY)
    expect(clock.kind === 'countdown' && clock.metric).toBe('total_resolution_time')
  })

  it('counts the target in business hours', () => {
    const policy: SlaPolicy = {
      ...DEFAULT_SLA_POLICY,
      businessHours: { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: [] },
    }
    const clock = clockFromPolicy(facts({ createdAt: '2026-08-07T16:50:00Z' }), policy)
    expect(clock.kind === 'countdown' && clock.deadline.toISOString()).toBe('2026-08-10T09:20:00.000Z')
  })

  it('stops the clock on the policy’s holidays', () => {
    const hours = {
      timeZone: 'UTC',
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      holidays: ['2026-08-10'],
    }
    const clock = clockFromPolicy(facts({ createdAt: '2026-08-07T16:50:00Z' }), {
      ...DEFAULT_SLA_POLICY,
      businessHours: hours,
    })
    // Friday 16:50 + 30 business minutes: 10 on Friday, Monday is a holiday, 20 on Tuesday.
    expect(clock.kind === 'countdown' && clock.deadline.toISOString()).toBe('2026-08-11T09:20:00.000Z')
    expect(slaStatusAt(clock, at('2026-08-10T12:00:00Z')).state).toBe('paused')
  })

  it('returns met for a solved ticket and none without a creation time', () => {
    expect(clockFromPolicy(facts({ isSolved: true }), DEFAULT_SLA_POLICY).kind).toBe('met')
    expect(clockFromPolicy(facts({ createdAt: undefined }), DEFAULT_SLA_POLICY).kind).toBe('none')
  })
})

describe('slaStatusAt', () => {
  const clock = clockFromPolicy(facts(), DEFAULT_SLA_POLICY) // 30 min target from 09:00

  it('returns ok before 80 % of the target has elapsed', () => {
    expect(slaStatusAt(clock, at('2026-08-03T09:20:00Z'))).toMatchObject({
      state: 'ok',
      remainingMs: 600_000,
    })
  })

  it('returns at_risk from 80 % of the target', () => {
    expect(slaStatusAt(clock, at('2026-08-03T09:24:00Z')).state).toBe('at_risk')
  })

  it('returns breached with a negative remaining time after the deadline', () => {
    expect(slaStatusAt(clock, at('2026-08-03T09:45:00Z'))).toMatchObject({
      state: 'breached',
      remainingMs: -900_000,
    })
  })

  it('returns paused outside business hours', () => {
    const hours = { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: [] }
    const friday = clockFromPolicy(facts({ createdAt: '2026-08-07T16:50:00Z' }), {
      ...DEFAULT_SLA_POLICY,
      businessHours: hours,
    })
    expect(slaStatusAt(friday, at('2026-08-08T12:00:00Z')).state).toBe('paused')
    expect(slaStatusAt(friday, at('2026-08-10T09:19:00Z')).state).toBe('at_risk')
  })

  it('returns no state for a clock without data', () => {
    expect(slaStatusAt({ kind: 'none' }, at('2026-08-03T09:00:00Z')).state).toBeNull()
  })
})
