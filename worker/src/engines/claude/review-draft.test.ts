import { describe, expect, it } from 'vitest'
import { createClaudeHarness } from '../../../test/fakes/claude-engine-harness.ts'
import { createFakeLocalEngine } from '../../../test/fakes/fake-local-engine.ts'
import type { DraftArticle, DraftInput, DraftResult, EngineDraftEvent } from '../engine.ts'

const RETURNS: DraftArticle = {
  id: 'kb-returns',
  title: 'Return a Desk Display and get a refund',
  body:
    'Return the device within 30 days of delivery. Refunds reach your card within 5-10 business days. ' +
    'Return shipping costs €9.90. Questions: returns@planora.example or +49 30 901820.',
  url: 'https://help.planora.example/returns',
  locale: 'en',
  confidence: 0.84,
}
const PLANS: DraftArticle = {
  id: 'kb-plans',
  title: 'Change your plan',
  body: 'Open Settings → Billing and pick a plan. The change applies from the next invoice.',
  url: 'https://help.planora.example/plans',
  locale: 'en',
  confidence: 0.9,
}

const input = (articles: DraftArticle[], language = 'en'): DraftInput => ({
  ticket: {
    subject: 'Return my Desk Display',
    body: 'I bought it on 2 May and it flickers. How do I send it back? Order 77120.',
    requester: { name: 'Ana Silva', email: 'ana@example.com' },
  },
  articles,
  tone: 'friendly',
  language,
  threshold: 0.6,
})

/** Drafts with Claude answering `text` through the fake Messages API (real HTTP, real SDK). */
const draftWith = async (text: string, articles: DraftArticle[] = [RETURNS], language = 'en') => {
  const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9))
  await harness.script(text)
  let done: DraftResult | null = null
  for await (const event of harness.engine.draft(
    input(articles, language),
  ) as AsyncIterable<EngineDraftEvent>)
    if (event.type === 'done') done = event.draft
  if (!done) throw new Error('no draft')
  expect(done.engine).toBe('claude')
  return done
}

const problemsOf = (draft: DraftResult) =>
  (draft.review ?? []).map((r) => `${r.code}:${r.params?.claim ?? r.params?.promise ?? ''}`)

describe('createClaudeEngine().draft review', () => {
  it('passes a draft whose facts and promises come from the cited article and the ticket', async () => {
    const draft = await draftWith(
      'Hi Ana, sorry it flickers! You bought it on May 2nd, so you can return it within 30 days [#kb-returns]. ' +
        'Return shipping is €9.90 and refunds reach your card within 5-10 business days. Details: ' +
        'https://help.planora.example/returns, or write to returns@planora.example (+49 30 901820).',
    )
    expect(draft.review).toBeUndefined()
    expect(draft.citations.map((c) => c.id)).toEqual(['kb-returns'])
  })

  it.each([
    ['a link', 'Use our express portal https://returns-express.example/start [#kb-returns].', 'url'],
    ['an email address', 'Mail refunds-vip@planora.example [#kb-returns].', 'email'],
    ['a phone number', 'Call our hotline on +1 800 555 0199 [#kb-returns].', 'phone'],
    ['a price', 'Return shipping costs only $4.99 [#kb-returns].', 'price'],
    ['a date', 'Please send it before 15 June [#kb-returns].', 'date'],
  ])('holds back a draft with %s no source states', async (_name, text, claim) => {
    expect(problemsOf(await draftWith(text))).toEqual([`draft_unverified:${claim}`])
  })

  it.each([
    ['en', 'We will refund your plan change right away [#kb-plans].', 'refund'],
    ['de', 'Wir erstatten Ihnen die Differenz [#kb-plans].', 'refund'],
    ['es', 'Le daremos un descuento del mes que viene [#kb-plans].', 'credit'],
    ['fr', 'Nous vous offrons un avoir sur la prochaine facture [#kb-plans].', 'credit'],
    ['pt', 'O novo plano fica ativo em até 2 dias úteis [#kb-plans].', 'deadline'],
  ])('holds back a %s draft promising a %s the article does not state', async (language, text, promise) => {
    expect(problemsOf(await draftWith(text, [PLANS], language))).toEqual([
      `draft_unstated_promise:${promise}`,
    ])
  })

  it('holds back a deadline other than the article states', async () => {
    const draft = await draftWith('Refunds reach your card within 2 business days [#kb-returns].')
    expect(problemsOf(draft)).toEqual(['draft_unstated_promise:deadline'])
  })

  it('marks a draft that cites no article answering the ticket', async () => {
    const weak = { ...RETURNS, confidence: 0.2 }
    expect(problemsOf(await draftWith('The team is looking into it.', [weak]))).toEqual(['no_answer:'])
    expect(problemsOf(await draftWith('Return it within 30 days [#kb-returns].', [weak]))).toEqual([
      'no_answer:',
    ])
  })

  it('tells Claude which articles are weak matches and what it may state', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9))
    for await (const _event of harness.engine.draft(input([{ ...RETURNS, confidence: 0.2 }, PLANS])))
      void _event
    const [body] = (await harness.sentBodies()) as Array<{
      system: Array<{ text: string }>
      messages: Array<{ content: Array<{ text: string }> }>
    }>
    const user = body?.messages[0]?.content.map((b) => b.text).join('\n') ?? ''
    expect(user).toContain(
      '<article id="kb-returns" title="Return a Desk Display and get a refund" match="weak">',
    )
    expect(user).toContain('<article id="kb-plans" title="Change your plan">')
    expect(body?.system[0]?.text).toContain(
      'promise a refund, credit, discount or deadline only where an article',
    )
  })
})
