import { SELF } from 'cloudflare:test'
import { ZDraft, type Draft, type StreamToken } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedSampleKb } from '../helpers/kb.ts'
import { readSse } from '../helpers/sse.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const ticket = {
  subject: 'Forgot my password',
  body: 'Hi, I forgot my password and cannot sign in. How do I reset it?',
  channel: 'email',
}

describe('/v1/replies', () => {
  let acme: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    await seedSampleKb(acme)
  })

  const draft = async (body: unknown, accept: string) =>
    SELF.fetch('https://worker.test/v1/replies/draft', {
      method: 'POST',
      headers: { ...(await acme.auth()), Accept: accept },
      body: JSON.stringify(body),
    })

  it('answers one JSON draft that cites the article it used', async () => {
    const res = await draft({ ticket, tone: 'friendly' }, 'application/json')
    expect(res.status).toBe(200)
    const body = ZDraft.parse(await res.json())
    expect(body.citations.map((c) => c.id)).toEqual(['reset-password-en'])
    expect(body.text).toContain('https://help.example.com/en/reset-password')
    expect(body).toMatchObject({ language: 'en', tone: 'friendly', engine: 'local' })
  })

  it('streams deltas then a done event whose text is the deltas joined', async () => {
    const res = await draft({ ticket, tone: 'concise' }, 'text/event-stream')
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const events = await readSse(res)
    const deltas = events.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text)
    const done = events.at(-1)
    expect(deltas.length).toBeGreaterThan(1)
    expect(done?.event).toBe('done')
    expect((done?.data as Draft).text).toBe(deltas.join(''))
  })

  it('writes in the requested language', async () => {
    const res = await draft({ ticket, language: 'de', articleIds: ['reset-password-de'] }, 'application/json')
    const body = await res.json<Draft>()
    expect(body.language).toBe('de')
    expect(body.citations.map((c) => c.id)).toEqual(['reset-password-de'])
  })

  it('cites only the articles it was given', async () => {
    const res = await draft({ ticket, articleIds: ['invoices-en'] }, 'application/json')
    expect((await res.json<Draft>()).citations.map((c) => c.id)).toEqual(['invoices-en'])
  })

  it('rejects an unknown tone', async () => {
    expect((await draft({ ticket, tone: 'sarcastic' }, 'application/json')).status).toBe(400)
  })

  describe('stream tokens', () => {
    const issue = async () => {
      const res = await SELF.fetch('https://worker.test/v1/replies/stream-token', {
        method: 'POST',
        headers: await acme.auth(),
        body: JSON.stringify({ ticket }),
      })
      expect(res.status).toBe(200)
      return res.json<StreamToken>()
    }

    it('streams once without the sidebar token, then refuses the same token', async () => {
      const { url, token } = await issue()
      expect(url).toBe(`https://worker.test/v1/replies/stream/${token}`)
      const first = await SELF.fetch(url, { headers: { Origin: 'https://acme.zendesk.com' } })
      expect(first.status).toBe(200)
      expect(first.headers.get('access-control-allow-origin')).toBe('https://acme.zendesk.com')
      const events = await readSse(first)
      expect(events.at(-1)?.event).toBe('done')
      const second = await SELF.fetch(url)
      expect(second.status).toBe(401)
    })

    it('answers HEAD without spending the token', async () => {
      const { url } = await issue()
      const head = await SELF.fetch(url, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('content-type')).toContain('text/event-stream')
      const stream = await SELF.fetch(url)
      expect(stream.status).toBe(200)
      expect((await readSse(stream)).at(-1)?.event).toBe('done')
      expect((await SELF.fetch(url, { method: 'HEAD' })).status).toBe(401)
    })

    it('refuses a made-up token', async () => {
      const res = await SELF.fetch(
        'https://worker.test/v1/replies/stream/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      )
      expect(res.status).toBe(401)
    })

    it('requires the sidebar token to issue one', async () => {
      const res = await SELF.fetch('https://worker.test/v1/replies/stream-token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ticket }),
      })
      expect(res.status).toBe(401)
    })
  })
})
