import type { Citation } from '@deskmate/shared'
import type { DraftArticle, DraftInput } from '../../engine.ts'
import { DRAFT_PHRASES, type DraftPhrases } from './draft-phrases.ts'

/** The composed draft before it is streamed. */
export type ComposedDraft = { text: string; citations: Citation[]; language: string }

const MAX_STEPS = 8
const SUMMARY_CHARS = 600
/** The summary reads the article's opening only: a few sentences of 600 characters need no more. */
const MAX_SUMMARY_SOURCE_CHARS = 20_000
const SENTENCE_ENDS = new Set(['.', '!', '?'])

const phrasesFor = (language: string): { code: string; phrases: DraftPhrases } => {
  const code = (language.split('-')[0] ?? 'en').toLowerCase()
  const phrases = DRAFT_PHRASES[code as keyof typeof DRAFT_PHRASES]
  return phrases ? { code, phrases } : { code: 'en', phrases: DRAFT_PHRASES.en }
}

/**
 * Drops Markdown emphasis and code marks: drafts are inserted as plain text. A mark's content stops at the next
 * mark character, so an unclosed `**` costs one scan, not one per later character.
 */
const stripInlineMarkdown = (line: string): string =>
  line
    .replace(
      /\*\*([^*]+)\*\*|__([^_]+)__/g,
      (_mark, stars?: string, underscores?: string) => stars ?? underscores ?? '',
    )
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
    .slice(0, MAX_SUMMARY_SOURCE_CHARS)
    .replace(/<[^<>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // Every piece ends at its terminators or at the end, so each match succeeds where it starts (linear); the
  // unterminated tail is dropped as before unless nothing ends a sentence at all.
  const pieces = plain.match(/[^.!?]+(?:[.!?]+|$)/g) ?? []
  const ended = pieces.filter((piece) => SENTENCE_ENDS.has(piece.at(-1) as string))
  const sentences = ended.length > 0 ? ended : [plain]
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
