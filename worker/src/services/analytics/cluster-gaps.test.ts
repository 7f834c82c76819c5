import { describe, expect, it } from 'vitest'
import type { GapTicket } from '../../db/knowledge-gaps-repo.ts'
import { clusterGaps } from './cluster-gaps.ts'

const ticket = (ticketId: string, subject: string, excerpt = ''): GapTicket => ({
  ticketId,
  subject,
  excerpt,
  createdAt: '2026-11-02T10:00:00Z',
})

describe('clusterGaps', () => {
  it('groups tickets about the same thing apart from others, largest first, without singletons', () => {
    const gaps = clusterGaps([
      ticket('1', 'VAT number on my invoice', 'Please add our VAT number to the invoice'),
      ticket('2', 'Invoice is missing the VAT number'),
      ticket('3', 'How to add a VAT number to invoices'),
      ticket('4', 'Pallet size limits for freight', 'What pallet size do you accept?'),
      ticket('5', 'Maximum pallet size'),
      ticket('6', 'Do you ship to Antarctica?'),
    ])
    expect(gaps.map((gap) => gap.size)).toEqual([3, 2])
    expect(gaps[0]?.terms).toEqual(expect.arrayContaining(['invoice', 'vat']))
    expect(gaps[0]?.examples.map((e) => e.ticketId)).toEqual(['1', '2', '3'])
    expect(gaps[1]?.terms).toContain('pallet')
  })

  it('finds nothing in tickets without words or without a second like them', () => {
    expect(clusterGaps([])).toEqual([])
    expect(
      clusterGaps([ticket('1', '123 456'), ticket('2', 'Refund please'), ticket('3', 'Login broken')]),
    ).toEqual([])
  })
})
