import { describe, expect, it } from 'vitest'
import { extractClaims } from './draft-claims.ts'
import { extractCommitments } from './draft-promises.ts'
import { DRAFT_UNSTATED_PROMISE, DRAFT_UNVERIFIED, verifyDraft } from './verify-draft.ts'

const ARTICLE = [
  'Refunds for the Desk Display',
  'Return the device within 30 days. Refunds reach your card within 5-10 business days.',
  'The Pro plan costs $12 per user per month. Questions: billing@planora.example or +1 (415) 555-0134.',
  'Read more at https://help.planora.example/returns.',
].join('\n')
const TICKET = 'Hi, I ordered on 3 March 2025 (order 4410-2201). How do I return my Desk Display?'
const sources = { articles: [ARTICLE], ticket: TICKET }

const problemsOf = (draft: string) =>
  verifyDraft(draft, sources).map((r) => `${r.code}:${r.params?.claim ?? r.params?.promise}`)

describe('verifyDraft', () => {
  it('passes a draft whose facts and promises all come from the article or the ticket', () => {
    const draft =
      'Hi Ana, you ordered on March 3rd, so you can return it within 30 days: see ' +
      'https://help.planora.example/returns. Refunds reach your card within 5 to 10 business days. ' +
      'The Pro plan is $12.00 per user. Questions? Write to billing@planora.example or call +1 415 555 0134.'
    expect(verifyDraft(draft, sources)).toEqual([])
  })

  it.each([
    ['a link', 'Details: https://planora.example/secret-offer.', 'url'],
    ['an email address', 'Write to refunds-team@planora.example.', 'email'],
    ['a phone number', 'Call us on +44 20 7946 0958.', 'phone'],
    ['a price', 'The Pro plan costs $15 per user.', 'price'],
    ['a price written after the amount', 'Der Pro-Tarif kostet 15,00 €.', 'price'],
    ['a date', 'Your return window closes on 12 April.', 'date'],
    ['an ISO date', 'We received it on 2025-04-02.', 'date'],
  ])('flags %s that neither the article nor the ticket contains', (_name, draft, claim) => {
    expect(problemsOf(draft)).toEqual([`${DRAFT_UNVERIFIED}:${claim}`])
  })

  it.each([
    ['en', 'We will give you a $0 account credit.', 'credit'],
    ['de', 'Wir schreiben Ihnen eine Gutschrift gut.', 'credit'],
    ['es', 'Le aplicaremos un descuento en la próxima factura.', 'credit'],
    ['fr', 'Nous vous offrons un avoir sur votre prochaine facture.', 'credit'],
    ['pt', 'Vamos aplicar um desconto na próxima fatura.', 'credit'],
    ['en', 'You will hear from us by Friday.', 'deadline'],
    ['de', 'Wir melden uns innerhalb von 2 Werktagen.', 'deadline'],
    ['es', 'Le responderemos en 48 horas.', 'deadline'],
    ['fr', 'Nous revenons vers vous sous 24 heures.', 'deadline'],
    ['pt', 'Responderemos em até três dias úteis.', 'deadline'],
  ])('flags a %s promise the articles do not state (%s)', (_language, draft, promise) => {
    expect(problemsOf(draft)).toContain(`${DRAFT_UNSTATED_PROMISE}:${promise}`)
  })

  it.each([
    ['en', 'We will refund the subscription fee.'],
    ['de', 'Wir erstatten Ihnen den Betrag.'],
    ['es', 'Le reembolsaremos el importe.'],
    ['fr', 'Nous vous rembourserons intégralement.'],
    ['pt', 'Vamos fazer o estorno do valor.'],
  ])('flags a %s refund when no cited article speaks of refunds', (_language, draft) => {
    const noRefunds = { articles: ['Change your plan in Settings → Billing.'], ticket: TICKET }
    expect(verifyDraft(draft, noRefunds).map((r) => r.params?.promise)).toEqual(['refund'])
  })

  it('takes a refund the article states', () => {
    expect(problemsOf('We will refund you once the device is back.')).toEqual([])
  })

  it('flags a deadline other than the one the article states', () => {
    expect(problemsOf('Refunds reach your card within 3 business days.')).toEqual([
      `${DRAFT_UNSTATED_PROMISE}:deadline`,
    ])
  })

  it('words each problem for agents and keeps the value it found', () => {
    const [reason] = verifyDraft('Call +44 20 7946 0958 today.', sources)
    expect(reason?.message).toBe(
      'The draft mentions the phone number "+44 20 7946 0958", which neither a cited article nor the ticket contains',
    )
    expect(reason?.params).toEqual({ claim: 'phone', value: '+44 20 7946 0958' })
  })

  it('reads a long hostile text in linear time', () => {
    const hostile = `${'1.'.repeat(20_000)}x ${'a@'.repeat(20_000)} ${'in 2 '.repeat(20_000)}`
    expect(verifyDraft(hostile, sources).length).toBeLessThanOrEqual(5)
  })
})

describe('extractClaims', () => {
  it('does not take order or invoice numbers for phone numbers', () => {
    expect(extractClaims('Invoice INV-2024-000421 and order #1234567').map((c) => c.kind)).toEqual([])
  })

  it('reads dates in five languages to the same day and month', () => {
    const keys = ['3 March', '3. März', '3 de marzo', '3 mars', '3 de março', '03/03/2025'].map(
      (text) => extractClaims(text).find((c) => c.kind === 'date')?.key,
    )
    expect(new Set(keys)).toEqual(new Set(['3-3']))
  })

  it('reads European and American amounts to the same price', () => {
    expect(extractClaims('1.234,50 € or $1,234.50').map((c) => c.key)).toEqual(['1234.50', '1234.50'])
  })
})

describe('extractCommitments', () => {
  it('reads a range of days as both of its ends', () => {
    expect(extractCommitments('within 5–10 business days').map((c) => c.key)).toEqual(['5-day', '10-day'])
  })

  it('does not take a credit card for a credit', () => {
    expect(extractCommitments('Update the credit card on file.')).toEqual([])
  })
})
