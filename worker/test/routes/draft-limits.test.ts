import { SELF } from 'cloudflare:test'
import { ZDraft, type Draft } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedSampleKb } from '../helpers/kb.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const FORGOT = {
  subject: 'Forgot my password',
  body: 'Hi, I forgot my password and cannot sign in. How do I reset it?',
  channel: 'email',
  requester: { name: 'john.doe83', email: 'john.doe83@example.com' },
}

describe('POST /v1/replies/draft limits', () => {
  let acme: SeededTenant
  let strict: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('draft-limits')
    strict = await seedTenant('draft-limits-strict')
    await seedSampleKb(acme)
    await seedSampleKb(strict)
    const res = await SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: await strict.adminAuth(),
      body: JSON.stringify({ retrievalThreshold: 0.99 }),
    })
    expect(res.status).toBe(200)
  })

  const draft = async (who: SeededTenant, body: unknown): Promise<Draft> => {
    const res = await SELF.fetch('https://worker.test/v1/replies/draft', {
      method: 'POST',
      headers: { ...(await who.auth()), Accept: 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(200)
    return ZDraft.parse(await res.json())
  }

  it('says no article answers a question the KB does not cover, instead of pasting one', async () => {
    const ticket = { subject: 'Tokyo', body: 'Do you have an office in Tokyo? We would like to visit.' }
    const result = await draft(acme, { ticket, tone: 'friendly', language: 'en' })
    expect(result.review?.map((r) => r.code)).toEqual(['no_answer'])
    expect(result.citations).toEqual([])
    expect(result.text).toContain('A member of our team will look into this')
    expect(result.text).not.toContain('Settings → Billing')
  })

  it('does not paste an article below the tenant’s threshold', async () => {
    const vague = {
      subject: 'Settings',
      body: 'I need help with my account settings, something about the billing page',
    }
    const result = await draft(strict, { ticket: vague, tone: 'friendly', language: 'en' })
    expect(result.review?.map((r) => r.code)).toEqual(['no_answer'])
    expect(result.text).not.toContain('Settings → Billing')
    const answered = await draft(acme, { ticket: FORGOT, tone: 'friendly', language: 'en' })
    expect(answered.review).toBeUndefined()
    expect(answered.text).toContain('Forgot password?')
  })

  it('greets neutrally when the requester’s name is an email handle', async () => {
    const result = await draft(acme, { ticket: FORGOT, tone: 'friendly', language: 'en' })
    expect(result.text.startsWith('Hi there,')).toBe(true)
    expect(result.text).not.toContain('john.doe83')
  })

  it('writes a chosen language entirely from the article’s translation', async () => {
    const result = await draft(acme, { ticket: FORGOT, tone: 'formal', language: 'de' })
    expect(result.citations.map((c) => c.id)).toEqual(['reset-password-de'])
    expect(result.text).toContain('Klicken Sie auf „Passwort vergessen?“')
    expect(result.text).not.toMatch(/Open the sign-in page|Reset your password|Thank you/)
    expect(result.review).toBeUndefined()
  })

  it('links the article, marked for review, when the KB has no translation', async () => {
    const result = await draft(acme, { ticket: FORGOT, tone: 'friendly', language: 'fr' })
    expect(result.text).toContain('Le guide est disponible ici : https://help.example.com/en/reset-password')
    expect(result.text).not.toContain('Open the sign-in page')
    expect(result.review?.map((r) => [r.code, r.params?.language])).toEqual([['no_translation', 'fr']])
  })

  it('keeps an article an agent chose, in the chosen language', async () => {
    const result = await draft(acme, { ticket: FORGOT, language: 'de', articleIds: ['reset-password-en'] })
    expect(result.citations.map((c) => c.id)).toEqual(['reset-password-de'])
  })
})
