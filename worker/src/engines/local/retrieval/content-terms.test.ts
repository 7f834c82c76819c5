import { describe, expect, it } from 'vitest'
import { normalizeText, splitWords } from '../text/normalize-text.ts'
import {
  articleTerms,
  candidateIdf,
  contentTerms,
  coverArticle,
  coverTerms,
  createTermIdf,
  weighTerms,
} from './content-terms.ts'

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

  it('gives the same IDF once per term when the request shares one look-up', () => {
    const idfOf = createTermIdf(candidates)
    for (const term of ['invoic', 'password', 'download', 'tokyo', 'invoic'])
      expect(idfOf(term)).toBe(candidateIdf(term, candidates))
    const query = new Set(contentTerms('download the invoices'))
    expect(coverArticle(query, invoices, candidates, idfOf)).toEqual(
      coverArticle(query, invoices, candidates),
    )
  })

  it('reads the stems of the passages it is given in place of stemming their words again', () => {
    const article = { title: 'Cards', body: 'When will my card arrive?', examples: [] }
    const words = wordsOf(['When will my card arrive?'])
    const given = articleTerms(article, words, true, [['when', 'will', 'my', 'parcel', 'arriv']])
    expect([...given.key.keys()]).toEqual(['parcel', 'arriv'])
    expect(given.all.has('parcel')).toBe(true)
    expect(articleTerms(article, words, true).key.has('card')).toBe(true)
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
