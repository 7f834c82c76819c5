import { describe, expect, it } from 'vitest'
import { eld } from 'eld/small'
import {
  DEFAULT_CATEGORIES,
  DEFAULT_SETTINGS,
  KB_LIMITS,
  PRIORITIES,
  SENTIMENTS,
  SUPPORTED_LANGUAGES,
  TICKET_TYPES,
  ZKbUpsertRequest,
  ZTicket,
  ZTrainExample,
  detectSensitiveTopics,
  ticketText,
} from '@deskmate/shared'
import kb from './kb-articles.json'
import demo from './tickets.json'
import rawExamples from '../training/default-examples.jsonl?raw'

const HELP_CENTER = 'https://help.planora.example/hc/'
/** The demo's reference clock; ticket times sit in the hours before it and the app shifts them. */
const DEMO_NOW = Date.parse('2026-11-23T09:00:00Z')
const COMMON_TOPICS = [
  'reset-password',
  'two-factor-authentication',
  'download-invoices',
  'cancel-subscription',
  'shipping-tracking',
  'returns-refunds',
]

/** Demo tickets the workspace tour relies on, by id. */
const SCENARIOS = {
  forgotPassword: '101',
  doubleBillingLegalThreat: '102',
  germanInvoices: '103',
  spanishShipping: '104',
  frenchTwoFactor: '105',
  portugueseCancellation: '106',
  vipRequester: '107',
  chatQuestion: '108',
  syncErrorBug: '109',
  promptInjection: '110',
  gdprDeletion: '111',
  featureRequest: '112',
} as const

const detectLanguage = (text: string): string => eld.detect(text).language
const topicOf = (id: string): string => id.replace(/-[a-z]{2}$/, '')
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

const tickets = demo.tickets
const ticketById = (id: string): (typeof tickets)[number] => {
  const ticket = tickets.find((t) => t.id === id)
  if (!ticket) throw new Error(`Demo ticket ${id} is missing`)
  return ticket
}

describe('demo KB articles', () => {
  const articles = kb.articles

  it('passes the KB upsert schema within the import cap', () => {
    const parsed = ZKbUpsertRequest.safeParse(kb)
    expect(parsed.error?.issues ?? []).toEqual([])
    expect(articles.length).toBeGreaterThanOrEqual(44)
    expect(articles.length).toBeLessThanOrEqual(KB_LIMITS.articles)
  })

  it('has unique ids that end with the locale and help-center urls in that locale', () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length)
    for (const a of articles) {
      expect(a.id.endsWith(`-${a.locale}`), a.id).toBe(true)
      expect(a.url.startsWith(`${HELP_CENTER}${a.locale}/articles/`), a.id).toBe(true)
    }
  })

  it('covers every supported locale, with about 26 English topics', () => {
    for (const locale of SUPPORTED_LANGUAGES)
      expect(
        articles.some((a) => a.locale === locale),
        locale,
      ).toBe(true)
    expect(articles.filter((a) => a.locale === 'en').length).toBeGreaterThanOrEqual(26)
  })

  it('translates the common topics into every locale', () => {
    for (const topic of COMMON_TOPICS) {
      const locales = articles.filter((a) => topicOf(a.id) === topic).map((a) => a.locale)
      expect([...locales].sort(), topic).toEqual([...SUPPORTED_LANGUAGES].sort())
    }
  })

  it('gives every article 6 to 10 distinct example questions and a body of 80 to 250 words', () => {
    for (const a of articles) {
      expect(a.examples.length, a.id).toBeGreaterThanOrEqual(6)
      expect(a.examples.length, a.id).toBeLessThanOrEqual(10)
      expect(new Set(a.examples).size, a.id).toBe(a.examples.length)
      expect(wordCount(a.body), a.id).toBeGreaterThanOrEqual(80)
      expect(wordCount(a.body), a.id).toBeLessThanOrEqual(250)
    }
  })

  it('writes each article in its own language', () => {
    for (const a of articles) expect(detectLanguage(`${a.title}\n${a.body}`), a.id).toBe(a.locale)
  })

  it('numbers the steps of how-to articles so drafts can quote them', () => {
    const withSteps = articles.filter((a) => /^1\. .+\n2\. /m.test(a.body))
    expect(withSteps.length / articles.length).toBeGreaterThan(0.9)
  })

  it('answers "I forgot my password" with reset-link steps in English', () => {
    const reset = articles.find((a) => a.id === 'reset-password-en')
    expect(reset?.examples).toContain('I forgot my password')
    expect(reset?.body).toMatch(/Forgot password\?/)
    expect(reset?.body).toMatch(/reset link/i)
  })
})

describe('demo tickets', () => {
  it('are valid tickets with unique string ids', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(12)
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length)
    for (const t of tickets) {
      const parsed = ZTicket.safeParse(t)
      expect(parsed.error?.issues ?? [], t.id).toEqual([])
      expect(['new', 'open', 'pending'], t.id).toContain(t.status)
    }
  })

  it('start with the requester message and use fictional example addresses', () => {
    for (const t of tickets) {
      expect(t.comments[0]?.author, t.id).toBe('requester')
      expect(t.comments[0]?.body, t.id).toBe(t.body)
      expect(t.requester.email, t.id).toMatch(/@example\.(com|org)$/)
      for (const c of t.comments) expect(['requester', 'agent'], t.id).toContain(c.author)
    }
  })

  it('were created in the hours before the demo clock, comments in order', () => {
    for (const t of tickets) {
      const created = Date.parse(t.createdAt)
      expect(created, t.id).toBeLessThanOrEqual(DEMO_NOW)
      expect(created, t.id).toBeGreaterThan(DEMO_NOW - 24 * 3_600_000)
      const times = t.comments.map((c) => Date.parse(c.createdAt))
      expect(times, t.id).toEqual([...times].sort((a, b) => a - b))
    }
  })

  it('include a plain, polite forgot-password email that automation may answer', () => {
    const t = ticketById(SCENARIOS.forgotPassword)
    expect(t.channel).toBe('email')
    expect(['low', 'normal']).toContain(t.priority)
    expect(detectSensitiveTopics(ticketText(t))).toEqual([])
    const tags = [...t.requester.tags, ...t.requester.organizationTags]
    expect(tags.some((tag) => DEFAULT_SETTINGS.vipTags.includes(tag))).toBe(false)
  })

  it('include tickets that must reach a human: legal threat, prompt injection, GDPR deletion', () => {
    expect(detectSensitiveTopics(ticketText(ticketById(SCENARIOS.doubleBillingLegalThreat)))).toEqual(
      expect.arrayContaining(['legal_threat', 'billing_dispute']),
    )
    expect(detectSensitiveTopics(ticketText(ticketById(SCENARIOS.promptInjection)))).toContain(
      'prompt_injection',
    )
    expect(detectSensitiveTopics(ticketText(ticketById(SCENARIOS.gdprDeletion)))).toContain('gdpr_request')
  })

  it('include German, Spanish, French and Portuguese tickets on their topics', () => {
    const cases = [
      [SCENARIOS.germanInvoices, 'de', /Rechnung/],
      [SCENARIOS.spanishShipping, 'es', /Desk Display/],
      [SCENARIOS.frenchTwoFactor, 'fr', /authentification/],
      [SCENARIOS.portugueseCancellation, 'pt', /cancelar/i],
    ] as const
    for (const [id, language, topic] of cases) {
      const t = ticketById(id)
      expect(detectLanguage(ticketText(t)), id).toBe(language)
      expect(ticketText(t), id).toMatch(topic)
    }
  })

  it('include a VIP requester, a chat question, a SYNC-409 bug and a feature request', () => {
    const vip = ticketById(SCENARIOS.vipRequester)
    expect([...vip.requester.tags, ...vip.requester.organizationTags]).toContain('enterprise')
    expect(ticketById(SCENARIOS.chatQuestion).channel).toBe('chat')
    expect(ticketText(ticketById(SCENARIOS.syncErrorBug))).toContain('SYNC-409')
    expect(ticketText(ticketById(SCENARIOS.featureRequest))).toMatch(/roadmap/i)
  })
})

type TrainingLine = Record<'text' | 'lang' | 'category' | 'priority' | 'type' | 'sentiment', string>

describe('default training examples', () => {
  const lines = rawExamples.trim().split('\n')
  const examples = lines.map((line) => JSON.parse(line) as TrainingLine)
  const count = (key: keyof TrainingLine, value: string): number =>
    examples.filter((e) => e[key] === value).length

  it('hold at least 1,000 well-formed examples with no duplicate text', () => {
    expect(examples.length).toBeGreaterThanOrEqual(1_000)
    for (const e of examples) {
      expect(Object.keys(e)).toEqual(['text', 'lang', 'category', 'priority', 'type', 'sentiment'])
      expect(ZTrainExample.safeParse({ text: e.text, label: e.category }).success).toBe(true)
    }
    expect(new Set(examples.map((e) => e.text)).size).toBe(examples.length)
  })

  it('use only the default label sets', () => {
    for (const e of examples) {
      expect(DEFAULT_CATEGORIES as readonly string[]).toContain(e.category)
      expect(PRIORITIES as readonly string[]).toContain(e.priority)
      expect(TICKET_TYPES as readonly string[]).toContain(e.type)
      expect(SENTIMENTS as readonly string[]).toContain(e.sentiment)
      expect(SUPPORTED_LANGUAGES as readonly string[]).toContain(e.lang)
    }
  })

  it('give every category at least 70 examples and every other label at least 60', () => {
    for (const category of DEFAULT_CATEGORIES)
      expect(count('category', category), category).toBeGreaterThanOrEqual(70)
    for (const label of PRIORITIES) expect(count('priority', label), label).toBeGreaterThanOrEqual(60)
    for (const label of TICKET_TYPES) expect(count('type', label), label).toBeGreaterThanOrEqual(60)
    for (const label of SENTIMENTS) expect(count('sentiment', label), label).toBeGreaterThanOrEqual(60)
  })

  it('are about 60 % English and 10 % each of German, Spanish, French and Portuguese', () => {
    expect(count('lang', 'en') / examples.length).toBeGreaterThan(0.5)
    expect(count('lang', 'en') / examples.length).toBeLessThan(0.7)
    for (const lang of ['de', 'es', 'fr', 'pt'])
      expect(count('lang', lang) / examples.length, lang).toBeGreaterThan(0.08)
  })

  it('are written in the language they are labelled with', () => {
    const mislabelled = examples.filter((e) => detectLanguage(e.text) !== e.lang)
    expect(mislabelled.length / examples.length).toBeLessThan(0.03)
  })
})
