import { describe, expect, it } from 'vitest'
import { normalizeText, splitWords } from '../text/normalize-text.ts'
import { articleTerms, contentTerms, coverArticle, coverTerms, weighTerms } from './content-terms.ts'

const wordsOf = (passages: string[]): string[][] => passages.map((p) => splitWords(normalizeText(p)))

const invoices = articleTerms(
  { title: 'Download your invoices', body: 'Open Billing and click Download.', examples: [] },
  wordsOf(['Where can I download my invoice?', 'I need a copy of my invoice', 'Download last month’s bill']),
)
const password = articleTerms(
  { title: 'Reset your password', body: 'Click Forgot password on the sign-in page.', examples: [] },
  wordsOf(['I forgot my password', 'Reset my password please']),
)

describe('contentTerms', () => {
  it('keeps the words a request is about and drops greetings, thanks and function words', () => {
    expect(contentTerms('Hello team, I forgot my password! Thanks, regards')).toEqual(['forgot', 'password'])
    expect(contentTerms('Hallo, ich habe mein Passwort vergessen. Danke!')).toEqual(['passwort', 'vergess'])
  })
})

describe('coverage', () => {
  const candidates = [invoices.all, password.all]

  it('weighs the query words no candidate knows as unknown and the ones an article holds as covered', () => {
    const weighed = weighTerms(contentTerms('Question about your Tokyo office invoices'), candidates)
    expect(weighed.unknown).toBeGreaterThan(0.5)
    expect(coverTerms(weighed, invoices.all)).toBeLessThan(0.5)
    expect(coverTerms(weighTerms(contentTerms('download invoices'), candidates), invoices.all)).toBe(1)
  })

  it('measures how much of an article’s title and key words the query mentions', () => {
    const asked = coverArticle(
      new Set(contentTerms('Where do I download the invoices?')),
      invoices,
      candidates,
    )
    const other = coverArticle(
      new Set(contentTerms('Where do I download the invoices?')),
      password,
      candidates,
    )
    expect(asked.title).toBe(1)
    expect(asked.key).toBeGreaterThan(0.5)
    expect(other.title).toBe(0)
    expect(other.key).toBe(0)
  })
})

describe('articleTerms of a whole article', () => {
  it('finds the same stems from its passages as from its joined text', () => {
    const article = {
      title: 'Ändern Sie Ihre Rechnungsadresse',
      body: 'Öffnen Sie Abrechnung. Klicken Sie auf „Adresse ändern“?\nSpeichern!',
      examples: ['Wie ändere ich die Adresse auf meinen Rechnungen?', 'Öffnen Sie Abrechnung.'],
    }
    const passages = [
      ...new Set([
        ...article.examples,
        'Öffnen Sie Abrechnung.',
        'Klicken Sie auf „Adresse ändern“?',
        'Speichern!',
      ]),
    ]
    const fromPassages = articleTerms(article, wordsOf(passages), true)
    const fromText = articleTerms(article, wordsOf(passages), false)
    expect([...fromPassages.all.hashes]).toEqual([...fromText.all.hashes])
    expect(fromPassages.all.has('rechnungsadress')).toBe(true)
  })
})
