import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { toSearchText } from '../../src/engines/local/retrieval/search-text.ts'
import { indexedWordsOf } from '../../src/db/kb-index-tokens.ts'
import { createKbRepo } from '../../src/db/kb-repo.ts'

const queriesOf = (prefix: string): string[] => {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith(prefix))
  if (!migration) throw new Error(`no migration ${prefix}`)
  return migration.queries
}

const run = async (queries: string[]): Promise<void> => {
  await env.DB.batch(queries.map((sql) => env.DB.prepare(sql)))
}

const OLD_ARTICLES = [
  {
    tenant: 'zendesk:acme',
    id: 'refunds',
    title: 'Refund policy',
    body: "Refunds take five days. Don't worry.",
    locale: 'en',
    examples: ['Where is my refund?'],
  },
  {
    tenant: 'zendesk:acme',
    id: 'versand',
    title: 'Versand',
    body: 'Pakete kommen in zwei Tagen an.',
    locale: 'de-DE',
    examples: [],
  },
  {
    tenant: 'freshdesk:globex',
    id: 'refunds',
    title: 'Refunds',
    body: 'Refunds are paid to the original card.',
    locale: 'en',
    examples: [],
  },
]

/** Writes articles the way the repository wrote them before migration 0007. */
const writeOldStyle = async (): Promise<void> => {
  await env.DB.batch(
    OLD_ARTICLES.flatMap((a) => [
      env.DB.prepare(
        `INSERT INTO kb_articles (tenant_id, id, title, body, locale, url, examples_json, updated_at)
         VALUES (?, ?, ?, ?, ?, NULL, ?, '2026-01-01T00:00:00.000Z')`,
      ).bind(a.tenant, a.id, a.title, a.body, a.locale, JSON.stringify(a.examples)),
      env.DB.prepare(
        'INSERT INTO kb_articles_fts (tenant_id, article_id, lang, title, body, examples) VALUES (?, ?, ?, ?, ?, ?)',
      ).bind(
        a.tenant,
        a.id,
        a.locale.split('-')[0],
        toSearchText(a.title),
        toSearchText(a.body),
        toSearchText(a.examples.join('\n')),
      ),
    ]),
  )
}

describe('migration 0007 (tenant-keyed KB index)', () => {
  beforeAll(async () => {
    // Back to the schema of 0002 with data in it, then forward through 0007.
    await run(['DROP TABLE kb_terms', 'DROP TABLE kb_index', 'DROP TABLE kb_articles'])
    await run(queriesOf('0002_'))
    await writeOldStyle()
    await run(queriesOf('0007_'))
  })

  it('keeps every article and makes it findable by its own tenant only', async () => {
    const acme = createKbRepo(env.DB, 'zendesk:acme')
    const globex = createKbRepo(env.DB, 'freshdesk:globex')
    expect(await acme.countArticles()).toBe(2)
    expect(await globex.countArticles()).toBe(1)
    const [hit] = await acme.searchCandidates({ text: 'refund five days', language: 'en', limit: 5 })
    expect(hit?.article).toMatchObject({
      id: 'refunds',
      title: 'Refund policy',
      examples: ['Where is my refund?'],
    })
    const german = await acme.searchCandidates({ text: 'Pakete', language: 'de', limit: 5 })
    expect(german.map((c) => c.article.id)).toEqual(['versand'])
    const other = await globex.searchCandidates({ text: 'refund five days', language: 'en', limit: 5 })
    expect(other.map((c) => c.article.title)).toEqual(['Refunds'])
  })

  it('derives the term frequencies the repository would have written', async () => {
    const { results } = await env.DB.prepare(
      "SELECT term, df FROM kb_terms WHERE tenant_id = 'zendesk:acme' AND term <> '' ORDER BY term",
    ).all<{ term: string; df: number }>()
    const expected = new Map<string, number>()
    for (const a of OLD_ARTICLES.filter((x) => x.tenant === 'zendesk:acme'))
      for (const word of indexedWordsOf(a).distinct) expected.set(word, (expected.get(word) ?? 0) + 1)
    expect(Object.fromEntries(results.map((r) => [r.term, r.df]))).toEqual(Object.fromEntries(expected))
  })

  it('lets migrated articles be updated and deleted by key', async () => {
    const acme = createKbRepo(env.DB, 'zendesk:acme')
    await acme.upsertArticles([
      { id: 'refunds', title: 'Returns', body: 'Send the parcel back.', locale: 'en' },
    ])
    expect(await acme.searchCandidates({ text: 'refund', language: 'en', limit: 5 })).toEqual([])
    expect(await acme.deleteArticle('versand')).toBe(true)
    expect(await acme.countArticles()).toBe(1)
    const globex = createKbRepo(env.DB, 'freshdesk:globex')
    expect((await globex.searchCandidates({ text: 'refund', language: 'en', limit: 5 })).length).toBe(1)
  })
})
