import type { Citation } from '@deskmate/shared'
import type { DraftArticle, DraftInput } from '../../engine.ts'
import { DRAFT_PHRASES, type DraftPhrases } from './draft-phrases.ts'

/** The composed draft before it is streamed. */
export type ComposedDraft = { text: string; citations: Citation[]; language: string }

const MAX_STEPS = 8
const SUMMARY_CHARS = 600

const phrasesFor = (language: string): { code: string; phrases: DraftPhrases } => {
  const code = (language.split('-')[0] ?? 'en').toLowerCase()
  const phrases = DRAFT_PHRASES[code as keyof typeof DRAFT_PHRASES]
  return phrases ? { code, phrases } : { code: 'en', phrases: DRAFT_PHRASES.en }
}

/** Drops Markdown emphasis and code marks: drafts are inserted as plain text. */
const stripInlineMarkdown = (line: string): string =>
  line
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')

/** The article's numbered or bulleted steps, or else its opening sentences. */
export const extractSteps = (body: string): string[] => {
  const lines = body
    .split(/\r?\n/)
    .map(stripInlineMarkdown)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const steps = lines
    .filter((line) => /^(\d+[.)]|[-*•])\s+/.test(line))
    .map((line) => line.replace(/^(\d+[.)]|[-*•])\s+/, ''))
  if (steps.length > 0) return steps.slice(0, MAX_STEPS)
  const plain = lines
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const sentences = plain.match(/[^.!?]+[.!?]+/g) ?? [plain]
  let summary = ''
  for (const sentence of sentences) {
    if (summary.length + sentence.length > SUMMARY_CHARS && summary.length > 0) break
    summary += sentence
  }
  return [summary.trim()].filter((part) => part.length > 0)
}

const firstName = (name: string | undefined): string | null => name?.trim().split(/\s+/)[0] ?? null

/** Writes greeting, the top article's steps, its link and a closing in the customer's language and tone. */
export const composeDraft = (input: DraftInput): ComposedDraft => {
  const { code, phrases } = phrasesFor(input.language)
  const tone = input.tone
  const top: DraftArticle | undefined = input.articles[0]
  const parts = [phrases.greeting[tone](firstName(input.ticket.requester?.name))]
  if (top) {
    const steps = extractSteps(top.body)
    parts.push(phrases.intro[tone])
    parts.push(
      steps.length > 1 ? steps.map((step, i) => `${i + 1}. ${step}`).join('\n') : (steps[0] ?? top.title),
    )
    if (top.url) parts.push(phrases.link(top.title, top.url))
  } else parts.push(phrases.noArticle)
  parts.push(phrases.closing[tone])
  parts.push(input.agentName ? `${phrases.signOff[tone]}\n${input.agentName}` : phrases.signOff[tone])
  return {
    text: parts.join('\n\n'),
    citations: top ? [{ id: top.id, title: top.title, url: top.url }] : [],
    language: code,
  }
}
