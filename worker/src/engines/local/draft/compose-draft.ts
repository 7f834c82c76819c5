import type { Citation, Reason } from '@deskmate/shared'
import { answeringArticles } from '../../answering-articles.ts'
import type { DraftArticle, DraftInput } from '../../engine.ts'
import { DRAFT_PHRASES, type DraftLanguage } from './draft-phrases.ts'
import { extractSteps } from './extract-steps.ts'
import { greetingName } from './greeting-name.ts'
import { PENDING_PHRASES } from './pending-phrases.ts'

export { extractSteps } from './extract-steps.ts'

/** The composed draft before it is streamed; `review` says what the agent must check before sending. */
export type ComposedDraft = { text: string; citations: Citation[]; language: string; review?: Reason[] }

/** Sentiment the composer reads to decide whether to apologise. */
export type DraftMood = { label: string; frustrated: boolean }

const NO_ANSWER: Reason = { code: 'no_answer', message: 'No article answers this — review before sending' }

const noTranslation = (language: string): Reason => ({
  code: 'no_translation',
  message: `The article is not written in ${language} — review before sending`,
  params: { language },
})

const languageOf = (code: string): DraftLanguage => {
  const primary = (code.split('-')[0] ?? 'en').toLowerCase()
  return primary in DRAFT_PHRASES ? (primary as DraftLanguage) : 'en'
}

const isUpset = (mood: DraftMood | undefined): boolean =>
  Boolean(mood && (mood.frustrated || mood.label === 'negative' || mood.label === 'very_negative'))

const stepsOf = (article: DraftArticle): string => {
  const steps = extractSteps(article.body)
  return steps.length > 1
    ? steps.map((step, i) => `${i + 1}. ${step}`).join('\n')
    : (steps[0] ?? article.title)
}

/**
 * Writes a reply in the requested language and tone. With an article that answers the ticket (at or above
 * the threshold) in that language: greeting, its steps, its link and a closing. With one in another language:
 * its link only. With none: an acknowledgement that says an agent will follow up, marked for review. An upset
 * customer gets an apology first. The text never mixes languages.
 */
export const composeDraft = (
  input: DraftInput,
  mood: DraftMood | undefined = input.sentiment,
): ComposedDraft => {
  const language = languageOf(input.language)
  const phrases = DRAFT_PHRASES[language]
  const pending = PENDING_PHRASES[language]
  const { tone } = input
  const top = answeringArticles(input)[0]
  const isSameLanguage = top !== undefined && languageOf(top.locale) === language
  const canLink = top !== undefined && !isSameLanguage && top.url !== null
  const parts = [phrases.greeting[tone](greetingName(input.ticket.requester))]
  const apology = isUpset(mood) ? [pending.apology[tone]] : []
  let review: Reason[] | undefined
  if (top && isSameLanguage) {
    parts.push(...apology, phrases.intro[tone], stepsOf(top))
    if (top.url) parts.push(phrases.link(top.title, top.url))
    parts.push(phrases.closing[tone])
  } else if (top && canLink && top.url) {
    parts.push(phrases.intro[tone], pending.linkOnly(top.url), phrases.closing[tone])
    review = [noTranslation(language)]
  } else {
    parts.push(
      [pending.acknowledge[tone], ...apology].join(' '),
      pending.nextStep[tone],
      pending.closing[tone],
    )
    review = [top ? noTranslation(language) : NO_ANSWER]
  }
  parts.push(input.agentName ? `${phrases.signOff[tone]}\n${input.agentName}` : phrases.signOff[tone])
  const cited = top && (isSameLanguage || canLink) ? [{ id: top.id, title: top.title, url: top.url }] : []
  return { text: parts.join('\n\n'), citations: cited, language, ...(review ? { review } : {}) }
}
