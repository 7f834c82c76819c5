import { TICKET_STATUSES } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { fromZendeskStatus, toZendeskStatus } from './status.ts'

describe('Zendesk statuses', () => {
  it.each([
    ['new', 'open'],
    ['open', 'open'],
    ['pending', 'pending'],
    ['hold', 'on_hold'],
    ['solved', 'solved'],
    ['closed', 'closed'],
  ])('reads %s as %s', (zendesk, neutral) => {
    expect(fromZendeskStatus(zendesk)).toBe(neutral)
  })

  it('reads a missing or unknown status as open', () => {
    for (const status of [undefined, null, '', 'archived', 'constructor']) {
      expect(fromZendeskStatus(status)).toBe('open')
    }
  })

  it('writes every status back as the one Zendesk reads as it', () => {
    for (const status of TICKET_STATUSES) expect(fromZendeskStatus(toZendeskStatus(status))).toBe(status)
    expect(toZendeskStatus('on_hold')).toBe('hold')
  })
})
