import { env } from 'cloudflare:test'
import { DEFAULT_SETTINGS, type KbArticle } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import demo from '../../../../demo/kb-articles.json'
import small from './ten-articles.fixture.json'
import { createKbRepo, type KbRepo } from '../../../db/kb-repo.ts'
import { searchArticles } from './search-articles.ts'

const THRESHOLD = DEFAULT_SETTINGS.retrievalThreshold
const DEMO: KbArticle[] = demo.articles
const english = DEMO.filter((article) => article.locale === 'en')

const seed = async (tenant: string, articles: KbArticle[]): Promise<KbRepo> => {
  const kb = createKbRepo(env.DB, tenant)
  await kb.upsertArticles(articles)
  return kb
}

const top = async (kb: KbRepo, text: string, language: string | null = 'en') =>
  (await searchArticles(kb, { text, language, limit: 3 }))[0]

describe('searchArticles confidence', () => {
  let full: KbRepo
  beforeAll(async () => {
    full = await seed('demo-kb', DEMO)
  })

  it.each([
    ['en', 'I forgot my password', 'reset-password-en'],
    ['de', 'Ich habe mein Passwort vergessen', 'reset-password-de'],
    ['es', 'Olvidé mi contraseña y no puedo entrar', 'reset-password-es'],
    ['fr', "J'ai oublié mon mot de passe", 'reset-password-fr'],
    ['pt', 'Esqueci minha senha', 'reset-password-pt'],
  ])('answers a plain forgotten password in %s above the default threshold', async (language, text, id) => {
    const best = await top(full, text, language)
    expect(best?.article.id).toBe(id)
    expect(best?.confidence).toBeGreaterThanOrEqual(THRESHOLD)
  })

  it('keeps a feature request that no article of a ten-article KB covers below the threshold', async () => {
    const kb = await seed('ten-articles', small.articles)
    const best = await top(kb, 'Would be great if you could add Gantt charts')
    expect(best?.confidence ?? 0).toBeLessThan(THRESHOLD)
  })

  it('answers an export question from the same ten-article KB', async () => {
    const kb = await seed('ten-articles-answer', small.articles)
    const best = await top(kb, 'How can I export all my tasks to a CSV file?')
    expect(best?.article.id).toBe('export-csv')
    expect(best?.confidence).toBeGreaterThanOrEqual(THRESHOLD)
  })

  it('keeps a question about a Tokyo office below the threshold against an invoice article', async () => {
    const kb = await seed(
      'invoices-only',
      english.filter((article) => ['download-invoices-en', 'update-vat-id-en'].includes(article.id)),
    )
    const best = await top(kb, 'Hi, I have a question about your Tokyo office. Can I visit it next week?')
    expect(best?.confidence ?? 0).toBeLessThan(THRESHOLD)
  })

  it('still answers the invoice question itself from that small KB', async () => {
    const kb = await seed(
      'invoices-answer',
      english.filter((article) => ['download-invoices-en', 'update-vat-id-en'].includes(article.id)),
    )
    const best = await top(kb, 'Where can I download my invoices?')
    expect(best?.article.id).toBe('download-invoices-en')
    expect(best?.confidence).toBeGreaterThanOrEqual(THRESHOLD)
  })
})
