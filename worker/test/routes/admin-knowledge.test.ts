import { SELF, env } from 'cloudflare:test'
import type { KnowledgeArticlesPage, KnowledgeSummary } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createKbSyncRepo } from '../../src/db/kb-sync-repo.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = (path: string) => `https://worker.test/v1/admin/knowledge${path}`

const articles = [
  {
    id: 'reset',
    title: 'Reset your password',
    body: 'Open Settings.',
    locale: 'en-us',
    examples: ['Locked out', 'Forgot password'],
  },
  { id: 'refund', title: 'Refunds', body: 'Within 30 days.', locale: 'en', examples: ['Money back?'] },
  { id: 'rembourse', title: 'Remboursements', body: 'Sous 30 jours.', locale: 'fr', examples: [] },
  { id: 'pct', title: '100% uptime', body: 'Status page.', locale: 'en' },
]

describe('/v1/admin/knowledge', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('knowledge-acme')
    globex = await seedTenant('knowledge-globex')
    const put = async (who: SeededTenant, body: unknown) => {
      const res = await SELF.fetch('https://worker.test/v1/kb/articles', {
        method: 'PUT',
        headers: await who.adminAuth(),
        body: JSON.stringify({ articles: body }),
      })
      expect(res.status).toBe(200)
    }
    await put(acme, articles)
    await put(globex, [{ id: 'other', title: 'Globex only', body: 'x', locale: 'de' }])
    const sync = createKbSyncRepo(env.DB, acme.tenant.id)
    await env.DB.batch([
      sync.trackStatement({ localId: 'reset', sourceId: '360001' }),
      sync.saveStatement({ cursor: 5, articles: 1, examples: 2 }, new Date('2026-12-01T08:00:00Z')),
      sync.failStatement('helpdesk_unavailable: Zendesk answered 503', new Date('2026-12-02T08:00:00Z')),
    ])
  })

  const get = async <T>(path: string, who = acme): Promise<T> => {
    const res = await SELF.fetch(url(path), { headers: await who.adminAuth() })
    expect(res.status).toBe(200)
    return res.json<T>()
  }

  it('reports the last sync, its failure and counts per primary language, tenants apart', async () => {
    const summary = await get<KnowledgeSummary>('')
    expect(summary.sync).toEqual({
      syncedAt: '2026-12-01T08:00:00.000Z',
      articles: 1,
      examples: 2,
      lastError: 'helpdesk_unavailable: Zendesk answered 503',
      failedAt: '2026-12-02T08:00:00.000Z',
    })
    expect(summary.languages).toEqual([
      { language: 'en', articles: 3, examples: 3 },
      { language: 'fr', articles: 1, examples: 0 },
    ])
    const other = await get<KnowledgeSummary>('', globex)
    expect(other.languages).toEqual([{ language: 'de', articles: 1, examples: 0 }])
    expect(other.sync).toMatchObject({ syncedAt: null, lastError: null })
  })

  it('pages the articles by title with the total, marking those the sync wrote', async () => {
    const first = await get<KnowledgeArticlesPage>('/articles?limit=2')
    expect(first.total).toBe(4)
    expect(first.items.map((a) => a.id)).toEqual(['pct', 'refund'])
    const second = await get<KnowledgeArticlesPage>('/articles?limit=2&offset=2')
    expect(second.items.map((a) => a.id)).toEqual(['rembourse', 'reset'])
    expect(second.items[1]).toMatchObject({ language: 'en-us', examples: 2, synced: true })
    expect(second.items[0]).toMatchObject({ synced: false, examples: 0 })
    const past = await get<KnowledgeArticlesPage>('/articles?limit=2&offset=10')
    expect(past).toEqual({ items: [], total: 4 })
  })

  it.each([
    ['?q=remb', ['rembourse']],
    ['?q=RESET', ['reset']],
    ['?q=100%25', ['pct']],
    ['?q=_', []],
    ['?language=en', ['pct', 'refund', 'reset']],
    ['?language=fr&q=re', ['rembourse']],
    ['?q=Globex', []],
  ])('searches %s', async (query, expected) => {
    const page = await get<KnowledgeArticlesPage>(`/articles${query}`)
    expect(page.items.map((a) => a.id)).toEqual(expected)
    expect(page.total).toBe(expected.length)
  })

  it.each(['?limit=0', '?limit=101', '?offset=-1', '?language=1x', `?q=${'a'.repeat(101)}`])(
    'refuses %s with a problem',
    async (query) => {
      const res = await SELF.fetch(url(`/articles${query}`), { headers: await acme.adminAuth() })
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    },
  )

  it.each(['', '/articles'])('refuses an agent GET %s with 403', async (path) => {
    const res = await SELF.fetch(url(path), { headers: await acme.auth() })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ code: 'admin_required' })
  })

  it('refuses an agent’s "Sync now" with 403', async () => {
    const res = await SELF.fetch('https://worker.test/v1/kb/sync', {
      method: 'POST',
      headers: await acme.auth(),
    })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ code: 'admin_required' })
  })
})
