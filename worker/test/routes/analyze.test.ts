import { SELF } from 'cloudflare:test'
import { ZAnalysis, type Analysis, type SuggestResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedSampleKb } from '../helpers/kb.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const analyze = async (who: SeededTenant, ticket: Record<string, unknown>) => {
  const res = await SELF.fetch('https://worker.test/v1/tickets/analyze', {
    method: 'POST',
    headers: await who.auth(),
    body: JSON.stringify({ ticket }),
  })
  expect(res.status).toBe(200)
  return res.json<Analysis>()
}

describe('POST /v1/tickets/analyze', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
    await seedSampleKb(acme)
  })

  it('answers every documented field', async () => {
    const analysis = await analyze(acme, {
      subject: 'Forgot my password',
      body: 'Hi, I forgot my password and cannot log in. Can you send me a reset link? Order #A-12345.',
      channel: 'email',
    })
    expect(ZAnalysis.parse(analysis)).toBeTruthy()
    expect(analysis.engine).toBe('local')
    expect(analysis.language.code).toBe('en')
    expect(analysis.category.label).toBe('account_login')
    expect(analysis.sentiment.label).not.toBe('very_negative')
  })

  it('makes a polite password question eligible with the default settings', async () => {
    const analysis = await analyze(acme, {
      subject: 'Forgot my password',
      body: 'Hello, I forgot my password. How do I reset it? Thanks!',
      channel: 'email',
    })
    expect(analysis.autoReply).toMatchObject({ eligible: true, reasons: [] })
    expect(analysis.autoReply.allowedBecause?.[0]).toMatchObject({
      code: 'article_confident',
      params: { articleId: 'reset-password-en' },
    })
  })

  it('escalates an angry double-billing ticket with a legal threat, with reasons', async () => {
    const analysis = await analyze(acme, {
      subject: 'You charged me TWICE',
      body: 'This is unacceptable. You double charged my card this month. Refund me now or my lawyer will sue you.',
      channel: 'email',
    })
    expect(analysis.autoReply.eligible).toBe(false)
    const codes = analysis.autoReply.reasons.map((r) => r.code)
    expect(codes).toEqual(expect.arrayContaining(['sensitive_legal_threat', 'sensitive_billing_dispute']))
    expect(analysis.sensitiveTopics).toContain('legal_threat')
  })

  it('does not make a chat ticket eligible', async () => {
    const analysis = await analyze(acme, {
      subject: 'Forgot my password',
      body: 'How do I reset it?',
      channel: 'chat',
    })
    expect(analysis.autoReply.reasons.map((r) => r.code)).toContain('channel_not_allowed')
  })

  it('finds no article for another tenant (isolation)', async () => {
    const analysis = await analyze(globex, { subject: 'Forgot my password', body: 'How do I reset it?' })
    expect(analysis.autoReply.reasons.map((r) => r.code)).toContain('low_retrieval_confidence')
  })
})

describe('POST /v1/kb/suggest', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
    await seedSampleKb(acme)
  })

  const suggest = async (who: SeededTenant, body: unknown) => {
    const res = await SELF.fetch('https://worker.test/v1/kb/suggest', {
      method: 'POST',
      headers: await who.auth(),
      body: JSON.stringify(body),
    })
    return { status: res.status, body: await res.json<SuggestResponse>() }
  }

  it('ranks the matching article first with its url and a confidence', async () => {
    const { body } = await suggest(acme, { query: 'I forgot my password', language: 'en' })
    expect(body.articles[0]).toMatchObject({
      id: 'reset-password-en',
      url: 'https://help.example.com/en/reset-password',
    })
    expect(body.articles[0]?.confidence).toBeGreaterThan(0.5)
  })

  it('prefers the article in the ticket language', async () => {
    const { body } = await suggest(acme, {
      ticket: {
        subject: 'Passwort vergessen',
        body: 'Ich habe mein Passwort vergessen und kann mich nicht anmelden.',
      },
    })
    expect(body.articles[0]?.id).toBe('reset-password-de')
  })

  it('never returns another tenant’s articles', async () => {
    const { body } = await suggest(globex, { query: 'I forgot my password' })
    expect(body.articles).toEqual([])
  })

  it('requires a ticket or a query', async () => {
    expect((await suggest(acme, { limit: 3 })).status).toBe(400)
  })
})
