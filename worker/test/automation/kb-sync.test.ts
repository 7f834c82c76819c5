import { SELF, env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { syncHelpCenter } from '../../src/services/automation/sync-help-center.ts'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }

describe('syncHelpCenter', () => {
  let who: ConnectedTenant
  let ids: { reset: number; invoices: number; draft: number }
  beforeAll(async () => {
    who = await connectTenant('kbsync')
    const { articles } = await who.sim.putArticles([
      {
        id: 501,
        title: 'Reset your password',
        body: '<p>Click <b>Forgot password</b>.</p>',
        locale: 'en-us',
      },
      { id: 501, title: 'Passwort zurücksetzen', body: 'Klicken Sie auf Passwort vergessen.', locale: 'de' },
      { id: 502, title: 'Download invoices', body: 'Settings → Billing → Invoices.', locale: 'en-us' },
      { id: 503, title: 'Unreleased feature', body: 'Secret.', locale: 'en-us', draft: true },
    ])
    ids = { reset: articles[0]!.id, invoices: articles[2]!.id, draft: articles[3]!.id }
  })

  const kb = () => createKbRepo(env.DB, who.tenant.id)

  it('imports published articles in every locale as plain text, and no drafts', async () => {
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.upserted).toBe(3)
    const stored = await kb().getArticles([
      'zendesk-501-en-us',
      'zendesk-501-de',
      'zendesk-502-en-us',
      'zendesk-503-en-us',
    ])
    expect(stored.map((a) => a.id)).toEqual(['zendesk-501-en-us', 'zendesk-501-de', 'zendesk-502-en-us'])
    expect(stored[0]).toMatchObject({
      title: 'Reset your password',
      body: 'Click Forgot password.',
      locale: 'en-us',
    })
    expect(stored[0]?.url).toContain('/hc/en-us/articles/501')
  })

  it('removes deleted and unpublished articles on the next sync', async () => {
    await who.sim.deleteArticle(ids.invoices)
    await who.sim.putArticles([
      { id: 501, title: 'Passwort zurücksetzen', body: 'Entwurf', locale: 'de', draft: true },
    ])
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.removed).toBe(2)
    expect(
      (await kb().getArticles(['zendesk-501-en-us', 'zendesk-501-de', 'zendesk-502-en-us'])).map((a) => a.id),
    ).toEqual(['zendesk-501-en-us'])
  })

  it('learns example questions from solved tickets whose public replies linked an article', async () => {
    const ticket = await who.sim.createTicket({
      subject: 'Cannot sign in after holiday',
      body: 'Locked out',
      requester: { email: 'k@example.com' },
    })
    const auth = btoa(`${who.credentials.apiUser}/token:${who.credentials.apiToken}`)
    await fetch(`${env.ZENDESK_API_BASE.replace('{account}', 'kbsync')}/api/v2/tickets/${ticket.id}.json`, {
      method: 'PUT',
      headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ticket: {
          status: 'solved',
          comment: {
            html_body: '<p>See <a href="https://kbsync.zendesk.com/hc/en-us/articles/501-reset">this</a></p>',
            public: true,
          },
        },
      }),
    })
    const result = await syncHelpCenter(env, who.tenant.id, noWait)
    expect(result.examplesLearned).toBe(1)
    const [article] = await kb().getArticles(['zendesk-501-en-us'])
    expect(article?.examples).toEqual(['Cannot sign in after holiday'])
    expect((await syncHelpCenter(env, who.tenant.id, noWait)).examplesLearned).toBe(0)
  })

  it('is queued by POST /v1/kb/sync and reported by GET', async () => {
    const res = await SELF.fetch('https://worker.test/v1/kb/sync', {
      method: 'POST',
      headers: await who.adminAuth(),
    })
    expect(res.status).toBe(202)
    const state = await (
      await SELF.fetch('https://worker.test/v1/kb/sync', { headers: await who.adminAuth() })
    ).json<{ articles: number }>()
    expect(state.articles).toBe(1)
  })
})
