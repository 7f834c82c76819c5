import { describe, expect, it } from 'vitest'
import { toIndexWords, toQueryTerms } from './search-text.ts'

describe('toQueryTerms', () => {
  it('drops the stop words of the ticket language only', () => {
    expect(toQueryTerms('Die Rechnung ist falsch', 'de')).toEqual(['rechnung', 'falsch'])
    expect(toQueryTerms('The phone will die', 'en')).toEqual(['phon', 'die'])
  })

  it('drops the stop words of every known language when the language is unknown', () => {
    expect(toQueryTerms('the factura de la cuenta', null)).toEqual(['factura', 'cuenta'])
  })

  it('keeps the stem of a contraction, which carries a negation', () => {
    expect(toQueryTerms("My card didn't arrive", 'en')).toEqual(['card', 'didn', 'arriv'])
  })

  it('keeps distinct terms in order of appearance, capped', () => {
    expect(toQueryTerms('refund refunds invoice billing', 'en', 2)).toEqual(['refund', 'invoic'])
  })
})

describe('toIndexWords', () => {
  it('splits where the index tokenizer splits, so every indexed word carries the tenant key', () => {
    expect(toIndexWords("l'adresse du client's compte")).toEqual(['l', 'adress', 'du', 'client', 'compt'])
  })
})
