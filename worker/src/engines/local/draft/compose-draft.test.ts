import { describe, expect, it } from 'vitest'
import { TONES } from '@deskmate/shared'
import type { DraftArticle } from '../../engine.ts'
import { composeDraft, extractSteps } from './compose-draft.ts'

const article: DraftArticle = {
  id: 'reset-password',
  title: 'Reset your password',
  body: 'To reset it:\n1. Open Settings\n2. Click "Reset password"\n3. Follow the email link',
  url: 'https://help.example.com/reset',
  locale: 'en',
}

const ticket = { subject: 'Password', body: 'I forgot my password', requester: { name: 'Ana Silva' } }

describe('composeDraft', () => {
  it.each([
    ['en', 'Hi Ana,'],
    ['de', 'Hallo Ana,'],
    ['es', '¡Hola, Ana!'],
    ['fr', 'Bonjour Ana,'],
    ['pt', 'Olá, Ana!'],
  ])('writes in %s, includes the steps and link, and cites the article', (language, greeting) => {
    const draft = composeDraft({ ticket, articles: [article], tone: 'friendly', language })
    expect(draft.language).toBe(language)
    expect(draft.text.startsWith(greeting)).toBe(true)
    expect(draft.text).toContain('1. Open Settings')
    expect(draft.text).toContain('https://help.example.com/reset')
    expect(draft.citations).toEqual([
      { id: 'reset-password', title: 'Reset your password', url: article.url },
    ])
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

  it('cites nothing when no article is given', () => {
    const draft = composeDraft({ ticket, articles: [], tone: 'concise', language: 'de' })
    expect(draft.citations).toEqual([])
    expect(draft.text).toContain('Wir prüfen Ihre Anfrage')
  })
})

describe('extractSteps', () => {
  it('summarizes an article without a list by its first sentences', () => {
    expect(extractSteps('Invoices are emailed monthly. You can also download them. Extra.')).toEqual([
      'Invoices are emailed monthly. You can also download them. Extra.',
    ])
  })
})
