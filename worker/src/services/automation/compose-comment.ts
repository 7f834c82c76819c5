import {
  TOPIC_MESSAGES,
  categoryLabel,
  type Analysis,
  type Citation,
  type Reason,
  type Suggestion,
} from '@deskmate/shared'
import { escapeHtml } from '../../helpdesks/html-to-text.ts'

const paragraphs = (text: string): string =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('')

const link = (title: string, url: string | null): string =>
  url && /^https?:\/\//.test(url)
    ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`
    : escapeHtml(title)

/** A sensitive topic in the sidebar's words (the code, readable, for a topic without them). */
const topicText = (topic: string): string =>
  (TOPIC_MESSAGES as Record<string, string | undefined>)[topic] ?? topic.replace(/_/g, ' ')

const list = (items: string[]): string => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`

const citationList = (citations: readonly Citation[]): string =>
  list(citations.map((c) => link(c.title, c.url)))

/** The public reply: the draft and the articles it cites. */
export const composeReply = (text: string, citations: readonly Citation[]): string =>
  `${paragraphs(text)}${citations.length > 0 ? `<p>Related articles:</p>${citationList(citations)}` : ''}`

const analysisSummary = (analysis: Analysis): string =>
  list([
    `Category: ${escapeHtml(categoryLabel(analysis.category.label))} (${Math.round(analysis.category.confidence * 100)}%)`,
    `Priority: ${escapeHtml(analysis.priority.label)}`,
    `Sentiment: ${escapeHtml(analysis.sentiment.label.replace('_', ' '))}${analysis.sentiment.frustrated ? ', frustrated' : ''}${analysis.sentiment.urgent ? ', urgent' : ''}`,
    `Language: ${escapeHtml(analysis.language.code)}`,
    ...(analysis.sensitiveTopics.length > 0
      ? [`Sensitive topics: ${escapeHtml(analysis.sensitiveTopics.map(topicText).join('; '))}`]
      : []),
  ])

/** The internal note with a draft for an agent to review and send; `heldBack` says why it was not sent. */
export const composeDraftNote = (
  text: string,
  citations: readonly Citation[],
  analysis: Analysis,
  heldBack: readonly Reason[] = [],
): string =>
  `<p><strong>Deskmate drafted a reply</strong> (not sent to the customer). Review it, then send it as a public reply.</p>` +
  (heldBack.length > 0
    ? `<p>It was not sent automatically because:</p>${list(heldBack.map((reason) => escapeHtml(reason.message)))}`
    : '') +
  `<blockquote>${paragraphs(text)}</blockquote>` +
  (citations.length > 0 ? `<p>Cited articles:</p>${citationList(citations)}` : '') +
  `<p>Analysis:</p>${analysisSummary(analysis)}`

// A person may be in danger: the note says so before anything else, and these reasons lead the list.
const SAFETY_NOTES: Record<string, string> = {
  sensitive_self_harm:
    'Safety first: the customer mentions self-harm. Read this ticket now and follow your safety procedure (for example, share a crisis line) before anything else.',
  sensitive_violent_threat:
    'Safety first: the customer threatens violence. Read this ticket now and follow your safety procedure (alert your manager or security) before anything else.',
}

const isSafety = (reason: Reason): boolean => reason.code in SAFETY_NOTES

/**
 * The escalation note: safety warnings first, then why the ticket was not automated, the analysis and the
 * suggested articles. It never quotes the ticket, so instructions hidden in it are not repeated to agents as
 * if they came from Deskmate.
 */
export const composeEscalationNote = (
  reasons: readonly Reason[],
  analysis: Analysis | null,
  suggestions: readonly Suggestion[],
  raised?: { priority: string; topic?: string },
): string =>
  reasons
    .filter(isSafety)
    .map((reason) => `<p><strong>${escapeHtml(SAFETY_NOTES[reason.code] as string)}</strong></p>`)
    .join('') +
  `<p><strong>Deskmate escalated this ticket to a human.</strong> It was not answered automatically because:</p>` +
  list(
    [...reasons.filter(isSafety), ...reasons.filter((r) => !isSafety(r))].map((r) => escapeHtml(r.message)),
  ) +
  (raised
    ? `<p>Deskmate raised the priority to <strong>${escapeHtml(raised.priority)}</strong>${
        raised.topic ? `: ${escapeHtml(topicText(raised.topic))}` : ''
      }.</p>`
    : '') +
  (analysis ? `<p>Analysis:</p>${analysisSummary(analysis)}` : '') +
  (suggestions.length > 0
    ? `<p>Suggested articles:</p>${list(suggestions.map((s) => `${link(s.title, s.url)} (${Math.round(s.confidence * 100)}%)`))}`
    : '')
