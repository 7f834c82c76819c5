import { describe, expect, it } from 'vitest'
import { zendeskSlaTargets } from './zendesk-sla-targets.ts'

describe('zendeskSlaTargets', () => {
  it('maps policy metrics into SLA targets, breach_at becoming the due date', () => {
    expect(
      zendeskSlaTargets([
        { metric: 'first_reply_time', stage: 'active', breach_at: '2026-08-03T10:00:00Z', days: 0 },
        { metric: 'total_resolution_time', stage: 'achieved', breach_at: null },
        { metric: 'pausable_update_time', stage: 'paused' },
      ]),
    ).toEqual([
      { metric: 'first_reply_time', stage: 'active', dueAt: '2026-08-03T10:00:00Z' },
      { metric: 'total_resolution_time', stage: 'achieved', dueAt: null },
      { metric: 'pausable_update_time', stage: 'paused', dueAt: null },
    ])
  })

  it('leaves out entries of another shape, and answers null without a list', () => {
    expect(
      zendeskSlaTargets([
        null,
        'x',
        { metric: 1, stage: 'active' },
        { metric: 'first_reply_time', stage: 'late' },
      ]),
    ).toEqual([])
    expect(zendeskSlaTargets(undefined)).toBeNull()
    expect(zendeskSlaTargets({ metric: 'first_reply_time' })).toBeNull()
  })
})
