import { describe, expect, it } from 'vitest'
import { TONES } from '@deskmate/shared'
import type { DraftArticle, DraftInput } from '../../engine.ts'
import { composeDraft, extractSteps } from './compose-draft.ts'

const article: DraftArticle = {
  id: 'reset-password',
  title: 'Reset your password',
  body: 'To reset it:\n1. Open Settings\n2. Click "Reset password"\n3. Follow the email link',
  url: 'https://help.example.com/reset',
  locale: 'en',
}

const ticket = { subject: 'Password', body: 'I forgot my password', requester: { name: 'Ana Silva' } }

const calm = { label: 'neutral', frustrated: false }
const upset = { label: 'negative', frustrated: true }

/** A draft whose only article is below the tenant's threshold. */
const unanswered = (language: string, overrides: Partial<DraftInput> = {}): DraftInput => ({
  ticket,
  articles: [{ ...article, confidence: 0.31 }],
  tone: 'friendly',
  language,
  threshold: 0.6,
  ...overrides,
})

describe('composeDraft', () => {
  it.each([
    ['en', 'Hi Ana,'],
    ['de', 'Hallo Ana,'],
    ['es', '¡Hola, Ana!'],
    ['fr', 'Bonjour Ana,'],
    ['pt', 'Olá, Ana!'],
  ])('writes in %s, includes the steps and link, and cites the article', (language, greeting) => {
    const draft = composeDraft({
      ticket,
      articles: [{ ...article, locale: language }],
      tone: 'friendly',
      language,
    })
    expect(draft.language).toBe(language)
    expect(draft.text.startsWith(greeting)).toBe(true)
    expect(draft.text).toContain('1. Open Settings')
    expect(draft.text).toContain('https://help.example.com/reset')
    expect(draft.citations).toEqual([
      { id: 'reset-password', title: 'Reset your password', url: article.url },
    ])
    expect(draft.review).toBeUndefined()
  })

  it('pastes an article at or above the threshold', () => {
    const draft = composeDraft(unanswered('en', { articles: [{ ...article, confidence: 0.6 }] }))
    expect(draft.text).toContain('1. Open Settings')
    expect(draft.review).toBeUndefined()
  })

  it('drops Markdown emphasis from the quoted steps', () => {
    const body = '1. Click **Forgot password?** under the form.\n2. Open `Settings` and *confirm*.'
    expect(extractSteps(body)).toEqual([
      'Click Forgot password? under the form.',
      'Open Settings and confirm.',
    ])
  })

  it('falls back to English for other languages', () => {
    expect(composeDraft({ ticket, articles: [article], tone: 'formal', language: 'ja' }).language).toBe('en')
  })

  it('writes a different text for each tone', () => {
    const texts = TONES.map(
      (tone) => composeDraft({ ticket, articles: [article], tone, language: 'en' }).text,
    )
    expect(new Set(texts).size).toBe(TONES.length)
  })
})

describe('composeDraft below the answer threshold', () => {
  it.each([
    ['en', 'Thanks for reaching out about this.', 'A member of our team will look into this'],
    ['de', 'Danke, dass Sie sich bei uns melden.', 'Jemand aus unserem Team sieht sich das'],
    ['es', '¡Gracias por escribirnos!', 'Una persona de nuestro equipo lo revisará'],
    ['fr', 'Merci pour votre message !', 'Un membre de notre équipe va examiner'],
    ['pt', 'Obrigado por entrar em contato!', 'Alguém da nossa equipe vai analisar'],
  ])('acknowledges in %s, says an agent follows up, and pastes nothing', (language, thanks, nextStep) => {
    const draft = composeDraft(unanswered(language), calm)
    expect(draft.text).toContain(thanks)
    expect(draft.text).toContain(nextStep)
    expect(draft.text).not.toContain('Open Settings')
    expect(draft.text).not.toContain(article.url)
    expect(draft.citations).toEqual([])
    expect(draft.review?.map((r) => r.code)).toEqual(['no_answer'])
  })

  it('apologises only when the customer is upset', () => {
    const sorry = "I'm sorry about the trouble this has caused you."
    expect(composeDraft(unanswered('en'), upset).text).toContain(sorry)
    expect(composeDraft(unanswered('en'), { label: 'very_negative', frustrated: false }).text).toContain(
      sorry,
    )
    expect(composeDraft(unanswered('en'), calm).text).not.toContain(sorry)
  })

  it('apologises before the steps when an answered customer is upset', () => {
    const draft = composeDraft({ ticket, articles: [article], tone: 'friendly', language: 'en' }, upset)
    expect(draft.text.split('\n\n').slice(0, 3)).toEqual([
      'Hi Ana,',
      "I'm sorry about the trouble this has caused you.",
      'Thanks for reaching out! Here is what should help:',
    ])
  })

  it('apologises in the tone asked for', () => {
    const formal = composeDraft(unanswered('de', { tone: 'formal' }), upset).text
    expect(formal).toContain('Wir bitten vielmals um Entschuldigung')
    expect(formal.startsWith('Guten Tag Ana,')).toBe(true)
  })

  it('promises no deadline', () => {
    for (const language of ['en', 'de', 'es', 'fr', 'pt'])
      for (const tone of TONES)
        expect(composeDraft(unanswered(language, { tone }), upset).text).not.toMatch(
          /\d|shortly|in Kürze|en breve/,
        )
  })

  it('says the same when no article was found at all', () => {
    const draft = composeDraft(unanswered('en', { articles: [] }), calm)
    expect(draft.review?.map((r) => r.code)).toEqual(['no_answer'])
    expect(draft.citations).toEqual([])
  })
})

describe('composeDraft in another language than the article', () => {
  it('links the article instead of pasting English steps into a German draft', () => {
    const draft = composeDraft({ ticket, articles: [article], tone: 'friendly', language: 'de' }, calm)
    expect(draft.text).toContain('Die Anleitung finden Sie hier: https://help.example.com/reset')
    expect(draft.text).not.toContain('Open Settings')
    expect(draft.text).not.toContain('Reset your password')
    expect(draft.review?.map((r) => [r.code, r.params])).toEqual([['no_translation', { language: 'de' }]])
  })

  it('acknowledges instead when the article has no link', () => {
    const draft = composeDraft({
      ticket,
      articles: [{ ...article, url: null }],
      tone: 'concise',
      language: 'fr',
    })
    expect(draft.text).not.toContain('Open Settings')
    expect(draft.citations).toEqual([])
    expect(draft.review?.map((r) => r.code)).toEqual(['no_translation'])
  })
})

describe('composeDraft greetings', () => {
  it.each([
    ['an email handle', { name: 'john.doe83', email: 'john.doe83@example.com' }, 'Hi there,'],
    ['an email address', { name: 'mia@example.com' }, 'Hi there,'],
    ['the email local part', { name: 'jdoe', email: 'jdoe@example.com' }, 'Hi there,'],
    ['no name', {}, 'Hi there,'],
    ['a lowercase name', { name: 'lena müller', email: 'lm@example.com' }, 'Hi Lena,'],
  ])('greets a requester with %s neutrally or by name', (_case, requester, greeting) => {
    const draft = composeDraft({
      ticket: { ...ticket, requester },
      articles: [article],
      tone: 'friendly',
      language: 'en',
    })
    expect(draft.text.split('\n')[0]).toBe(greeting)
  })

  it('falls back to the neutral greeting of each language', () => {
    const handle = { name: 'marie_2024', email: 'marie_2024@example.fr' }
    const first = (language: string) =>
      composeDraft({
        ticket: { ...ticket, requester: handle },
        articles: [],
        tone: 'formal',
        language,
      }).text.split('\n')[0]
    expect(['en', 'de', 'es', 'fr', 'pt'].map(first)).toEqual([
      'Dear customer,',
      'Sehr geehrte Damen und Herren,',
      'Estimado/a cliente:',
      'Madame, Monsieur,',
      'Prezado(a) cliente,',
    ])
  })
})

describe('extractSteps', () => {
  it('summarizes an article without a list by its first sentences', () => {
    expect(extractSteps('Invoices are emailed monthly. You can also download them. Extra.')).toEqual([
      'Invoices are emailed monthly. You can also download them. Extra.',
    ])
  })
})
