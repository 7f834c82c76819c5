import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { syncHelpCenter } from '../../src/services/automation/sync-help-center.ts'
import { connectFreshdeskTenant, fdRest, type FdTenant } from '../helpers/freshdesk-sim.ts'

const noWait = { sleep: async () => {} }
const EARLIER = '2026-01-01T00:00:00Z'

// Freshdesk Solutions (categories → folders → articles, per language) through the same KB sync as Zendesk's.
describe('syncHelpCenter for Freshdesk Solutions', () => {
  let who: FdTenant
  let ids: { reset: number; invoices: number; draft: number }
  const kb = () => createKbRepo(env.DB, who.tenant.id)
  const local = (id: number, language: string) => `freshdesk-${id}-${language}`

  beforeAll(async () => {
    who = await connectFreshdeskTenant('fd-kbsync')
    const { articles } = await who.sim.putArticles([
      { title: 'Reset your password', body: 'Click Forgot password.', updatedAt: EARLIER },
      {
        title: 'Download invoices',
        body: 'Settings → Billing → Invoices.',
        folder: 'Billing',
        updatedAt: EARLIER,
      },
      { title: 'Unreleased feature', body: 'Secret.', draft: true, updatedAt: EARLIER },
    ])
    ids = { reset: articles[0]!.id, invoices: articles[1]!.id, draft: articles[2]!.id }
    await who.sim.putArticles([
      {
        id: ids.reset,
        title: 'Passwort zurücksetzen',
        body: 'Passwort vergessen klicken.',
        language: 'de',
        updatedAt: EARLIER,
      },
    ])
  })

  it('imports published articles of every folder and language as plain text, and no drafts', async () => {
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.upserted).toBe(3)
    const stored = await kb().getArticles([
      local(ids.reset, 'en'),
      local(ids.reset, 'de'),
      local(ids.invoices, 'en'),
      local(ids.draft, 'en'),
    ])
    expect(stored.map((a) => a.id).sort()).toEqual(
      [local(ids.reset, 'en'), local(ids.reset, 'de'), local(ids.invoices, 'en')].sort(),
    )
    const reset = stored.find((a) => a.id === local(ids.reset, 'en'))
    expect(reset).toMatchObject({
      title: 'Reset your password',
      body: 'Click Forgot password.',
      locale: 'en',
    })
    expect(reset?.url).toMatch(new RegExp(`/support/solutions/articles/${ids.reset}$`))
  })

  it('removes deleted articles and unpublished translations on the next sync', async () => {
    await who.sim.deleteArticle(ids.invoices)
    await who.sim.putArticles([
      { id: ids.reset, title: 'Passwort zurücksetzen', body: 'Entwurf', language: 'de', draft: true },
    ])
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.removed).toBe(2)
    const left = await kb().getArticles([
      local(ids.reset, 'en'),
      local(ids.reset, 'de'),
      local(ids.invoices, 'en'),
    ])
    expect(left.map((a) => a.id)).toEqual([local(ids.reset, 'en')])
  })

  it('learns example questions from resolved tickets whose public replies linked an article', async () => {
    const created = await who.sim.createTicket({ subject: 'Cannot sign in anymore', body: 'Help me log in' })
    const link = `https://fd-kbsync.freshdesk.com/support/solutions/articles/${ids.reset}`
    await fdRest(who.sim.account, who.apiKey, 'POST', `/api/v2/tickets/${created.id}/reply`, {
      body: `<p>See <a href="${link}">this article</a>.</p>`,
    })
    await fdRest(who.sim.account, who.apiKey, 'PUT', `/api/v2/tickets/${created.id}`, { status: 4 })
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.examplesLearned).toBe(1)
    const [reset] = await kb().getArticles([local(ids.reset, 'en')])
    expect(reset?.examples).toContain('Cannot sign in anymore')
  })
})
