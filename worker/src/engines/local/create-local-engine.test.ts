import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ZAnalysis, type Ticket } from '@deskmate/shared'
import { createKbRepo } from '../../db/kb-repo.ts'
import type { EngineDraftEvent } from '../engine.ts'
import { parseModel } from './classifier/serialize-model.ts'
import { createLocalEngine } from './create-local-engine.ts'
import { trainModel } from './train-model.ts'

const ticket: Ticket = {
  subject: 'Charged twice',
  body: 'Hello, my card was charged twice for invoice INV-20931. Please refund the duplicate payment ASAP!',
}

const collect = async (events: AsyncIterable<EngineDraftEvent>): Promise<EngineDraftEvent[]> => {
  const out: EngineDraftEvent[] = []
  for await (const event of events) out.push(event)
  return out
}

describe('createLocalEngine', () => {
  it('analyzes a ticket with the default model into the API shape', async () => {
    const engine = createLocalEngine({
      kb: createKbRepo(env.DB, 'engine-a'),
      categories: ['billing', 'other'],
    })
    const insights = await engine.analyze(ticket)
    expect(['billing', 'other']).toContain(insights.category.label)
    expect(insights.category.label).toBe('billing')
    expect(insights.language.code).toBe('en')
    expect(insights.entities.invoiceIds).toEqual(['INV-20931'])
    expect(insights.sentiment.urgent).toBe(true)
    expect(insights.engine).toBe('local')
    const analysis = {
      ...insights,
      sensitiveTopics: [],
      autoReply: { eligible: false, reasons: [] },
      timings: {},
    }
    expect(ZAnalysis.safeParse(analysis).success).toBe(true)
  })

  it('reads the language and entities of disguised text (full-width, invisible, look-alike letters)', async () => {
    const engine = createLocalEngine({ kb: createKbRepo(env.DB, 'engine-a'), categories: ['other'] })
    const insights = await engine.analyze({
      subject: 'Ｗｅｉｔｅｒｌｅｉｔｕｎｇ ｄｅｒ Ｒｅｃｈｎｕｎｇ',
      body: 'Hаllо, bittе schiсkеn Siе diе Rесhnung аn buch\u200Bhaltung@exam\u00ADple.com, dаnkе sсhön für Ihrе Hilfе.',
    })
    expect(insights.language.code).toBe('de')
    expect(insights.entities.emails).toEqual(['buchhaltung@example.com'])
  })

  it('uses a tenant-trained model instead of the default', async () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({
      text: i % 2 ? `payment card charged ${i}` : `login password locked ${i}`,
      label: i % 2 ? 'money' : 'access',
    }))
    const { json } = trainModel('category', examples)
    const engine = createLocalEngine({
      kb: createKbRepo(env.DB, 'engine-b'),
      models: { category: parseModel(json) },
      categories: ['money', 'access'],
    })
    expect((await engine.analyze(ticket)).category.label).toBe('money')
  })

  it('suggests the matching article with a confidence in [0, 1]', async () => {
    const kb = createKbRepo(env.DB, 'engine-c')
    await kb.upsertArticles([
      {
        id: 'refunds',
        title: 'Refund a duplicate charge',
        body: 'We refund duplicate payments in 5 days.',
        locale: 'en',
      },
      {
        id: 'avatar',
        title: 'Change your avatar',
        body: 'Open your profile and upload a picture.',
        locale: 'en',
      },
    ])
    const engine = createLocalEngine({ kb, categories: ['billing'] })
    const [top] = await engine.suggest({ text: 'refund duplicate payment', language: 'en', limit: 2 })
    expect(top?.id).toBe('refunds')
    expect(top?.confidence).toBeGreaterThan(0)
    expect(top?.confidence).toBeLessThanOrEqual(1)
  })

  it('streams a draft as deltas and ends with the draft that cites the article', async () => {
    const engine = createLocalEngine({ kb: createKbRepo(env.DB, 'engine-d'), categories: ['billing'] })
    const article = {
      id: 'r',
      title: 'Reembolsos',
      body: '1. Abra la facturación\n2. Pulse reembolsar',
      url: null,
      locale: 'es',
    }
    const events = await collect(
      engine.draft({ ticket, articles: [article], tone: 'formal', language: 'es' }),
    )
    const done = events.at(-1)
    expect(done?.type).toBe('done')
    if (done?.type !== 'done') return
    const streamed = events.flatMap((event) => (event.type === 'delta' ? [event.text] : [])).join('')
    expect(streamed).toBe(done.draft.text)
    expect(done.draft.citations.map((c) => c.id)).toEqual(['r'])
    expect(done.draft.language).toBe('es')
    expect(done.draft.text).toContain('1. Abra la facturación')
  })
})
