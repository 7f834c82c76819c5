import { describe, expect, it } from 'vitest'
import { createRandom } from '../../src/engines/local/classifier/random.ts'
import { DEFAULT_MIX, planDeliveries } from './delivery-mix.ts'
import { judgeSoak, type SentDelivery, type TicketOutcome } from './judge-soak.ts'

const one = (ticket: string, extra: Partial<TicketOutcome> = {}): TicketOutcome => ({
  ticket,
  deskmateComments: 1,
  publicReplies: 1,
  outcomeTags: ['deskmate_auto_replied'],
  auditEntries: 1,
  ...extra,
})

const SENT: SentDelivery[] = [
  { kind: 'new', status: 202, ticket: 'a/1' },
  { kind: 'new', status: 202, ticket: 'a/2' },
  { kind: 'duplicate', status: 202, ticket: 'a/1' },
  { kind: 'bad_signature', status: 401, ticket: 'a/1' },
  { kind: 'malformed', status: 400, ticket: null },
  { kind: 'replay', status: 409, ticket: 'a/2' },
]

describe('judgeSoak', () => {
  it('finds nothing wrong when every status is right and every ticket has one outcome', () => {
    const verdict = judgeSoak(SENT, [one('a/1'), one('a/2')])
    expect(verdict.violations).toEqual([])
    expect(verdict.figures).toMatchObject({ deliveries: 6, validTickets: 2, withOneOutcome: 2, lost: 0 })
  })

  it('reports a lost ticket, a second public reply, a second audit entry and an unchecked ticket', () => {
    expect(judgeSoak(SENT, [one('a/1')]).figures.lost).toBe(1)
    const lost = judgeSoak(SENT, [one('a/1'), one('a/2', { deskmateComments: 0, outcomeTags: [] })])
    expect(lost.violations).toEqual(['ticket a/2 has no outcome'])
    const twice = judgeSoak(SENT, [one('a/1', { deskmateComments: 2, publicReplies: 2 }), one('a/2')])
    expect(twice.figures).toMatchObject({ doublePublicReplies: 1, severalOutcomes: 1 })
    expect(judgeSoak(SENT, [one('a/1', { auditEntries: 2 }), one('a/2')]).violations).toHaveLength(1)
  })

  it('reports a 5xx and any status the kind does not call for', () => {
    const sent: SentDelivery[] = [...SENT, { kind: 'malformed', status: 500, ticket: null }]
    const verdict = judgeSoak(sent, [one('a/1'), one('a/2')])
    expect(verdict.figures).toMatchObject({ serverErrors: 1, unexpectedStatuses: 1 })
    expect(verdict.violations).toContain('malformed delivery for - answered 500')
  })
})

describe('planDeliveries', () => {
  it('draws the mix’s shares and starts with a new ticket', () => {
    const kinds = planDeliveries(20_000, DEFAULT_MIX, createRandom(7))
    const share = (kind: string) => kinds.filter((k) => k === kind).length / kinds.length
    expect(kinds[0]).toBe('new')
    expect(share('duplicate')).toBeCloseTo(0.1, 2)
    expect(share('bad_signature')).toBeCloseTo(0.05, 2)
    expect(share('malformed')).toBeCloseTo(0.02, 2)
    expect(share('replay')).toBeCloseTo(0.01, 2)
    expect(share('new')).toBeCloseTo(0.82, 2)
  })
})
