import { SELF, env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { BODY_LIMITS } from '../../src/index.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const base = 'https://worker.test/v1/kb'

const article = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'Reset your password',
  body: '1. Open the sign-in page.\n2. Click "Forgot password".\n3. Follow the link we email you.',
  locale: 'en',
  url: `https://help.example.com/articles/${id}`,
  examples: ['I forgot my password', 'How do I reset my password?'],
  ...extra,
})

const countArticles = async (tenantId: string): Promise<number> =>
  (
    await env.DB.prepare('SELECT COUNT(*) AS n FROM kb_articles WHERE tenant_id = ?')
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n ?? 0

describe('/v1/kb/articles', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
  })

  it('upserts articles for the token tenant only', async () => {
    const res = await SELF.fetch(`${base}/articles`, {
      method: 'PUT',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ articles: [article('pw-1'), article('pw-2', { title: 'Change your email' })] }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ upserted: 2, ids: ['pw-1', 'pw-2'] })
    expect(await countArticles(acme.tenant.id)).toBe(2)
    expect(await countArticles(globex.tenant.id)).toBe(0)
  })

  it('rejects a batch with one broken article and writes nothing', async () => {
    const before = await countArticles(acme.tenant.id)
    const res = await SELF.fetch(`${base}/articles`, {
      method: 'PUT',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ articles: [article('ok-3'), { id: 'bad', title: '', locale: 'english' }] }),
    })
    expect(res.status).toBe(400)
    expect(await countArticles(acme.tenant.id)).toBe(before)
  })

  it('deletes an article, and 404s for another tenant or a second time', async () => {
    const asGlobex = await SELF.fetch(`${base}/articles/pw-2`, {
      method: 'DELETE',
      headers: await globex.adminAuth(),
    })
    expect(asGlobex.status).toBe(404)
    const res = await SELF.fetch(`${base}/articles/pw-2`, {
      method: 'DELETE',
      headers: await acme.adminAuth(),
    })
    expect(res.status).toBe(204)
    const again = await SELF.fetch(`${base}/articles/pw-2`, {
      method: 'DELETE',
      headers: await acme.adminAuth(),
    })
    expect(again.status).toBe(404)
  })

  describe('POST /v1/kb/articles/import', () => {
    const importAs = async (contentType: string, body: string) =>
      SELF.fetch(`${base}/articles/import`, {
        method: 'POST',
        headers: { ...(await globex.adminAuth()), 'Content-Type': contentType },
        body,
      })

    it('imports a JSON array', async () => {
      const res = await importAs('application/json', JSON.stringify([article('j-1'), article('j-2')]))
      expect(await res.json()).toMatchObject({ format: 'json', imported: 2 })
    })

    it('imports CSV with quoted fields and | separated examples', async () => {
      const csv = [
        'id,title,body,locale,url,examples',
        'c-1,"Invoices, receipts","Open Billing, then ""Invoices"".",en,https://help.example.com/c-1,Where is my invoice?|Download receipt',
        'c-2,Rechnungen,"Öffnen Sie Abrechnung.",de,,Wo ist meine Rechnung?',
      ].join('\n')
      const res = await importAs('text/csv', csv)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ format: 'csv', imported: 2, ids: ['c-1', 'c-2'] })
    })

    it('imports Markdown articles with front matter', async () => {
      const md = [
        '---',
        'id: m-1',
        'locale: fr',
        'examples: Comment exporter mes données ? | Export CSV',
        '---',
        '# Exporter vos données',
        '',
        '1. Ouvrez Paramètres.',
        '2. Cliquez sur Exporter.',
      ].join('\n')
      const res = await importAs('text/markdown', md)
      expect(await res.json()).toMatchObject({ format: 'markdown', imported: 1, ids: ['m-1'] })
    })

    it('reports every broken CSV row and writes nothing', async () => {
      const before = await countArticles(globex.tenant.id)
      const csv = [
        'id,title,body,locale',
        'ok-1,Fine,Body,en',
        'bad-2,,Body,en',
        'bad-3,Title,Body,english',
      ].join('\n')
      const res = await importAs('text/csv', csv)
      expect(res.status).toBe(422)
      const problem = await res.json<{ code: string; details: { path: string }[] }>()
      expect(problem.code).toBe('import_failed')
      expect(problem.details.map((d) => d.path)).toEqual(
        expect.arrayContaining(['row 2.title', 'row 3.locale']),
      )
      expect(await countArticles(globex.tenant.id)).toBe(before)
    })

    it('rejects duplicate ids within one import', async () => {
      const res = await importAs('application/json', JSON.stringify([article('d-1'), article('d-1')]))
      expect(res.status).toBe(422)
    })

    it('takes an export larger than an ordinary request body, up to the bulk limit', async () => {
      const paragraph = 'Open Settings, choose Billing, then follow the steps on the page. '.repeat(100)
      const long = Array.from({ length: 60 }, (_, i) =>
        article(`big-${i}`, { body: `${paragraph} (part ${i})` }),
      )
      const body = JSON.stringify(long)
      expect(body.length).toBeGreaterThan(BODY_LIMITS.default)
      const res = await importAs('application/json', body)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ format: 'json', imported: 60 })

      const before = await countArticles(globex.tenant.id)
      const tooLarge = JSON.stringify([...long, article('big-over', { body: 'x'.repeat(BODY_LIMITS.bulk) })])
      const rejected = await importAs('application/json', tooLarge)
      expect(rejected.status).toBe(413)
      expect((await rejected.json<{ code: string }>()).code).toBe('payload_too_large')
      expect(await countArticles(globex.tenant.id)).toBe(before)
    })

    it('rejects an unknown format with 415', async () => {
      expect((await importAs('application/pdf', '%PDF')).status).toBe(415)
    })
  })
})
