import { ticketText, verifyDraft, type Citation, type Reason } from '@deskmate/shared'
import { answeringArticles } from '../answering-articles.ts'
import type { DraftInput } from '../engine.ts'

const NO_ANSWER: Reason = { code: 'no_answer', message: 'No article answers this — review before sending' }

/**
 * What an agent must check in a Claude draft before it goes out: that it rests on no article that answers the
 * ticket, and every fact or promise it states that neither a cited article nor the ticket backs.
 * @example reviewDraft(input, 'Call +1 555 0100 [#kb-1]', citations) // [{ code: 'draft_unverified', … }]
 */
export const reviewDraft = (input: DraftInput, text: string, citations: readonly Citation[]): Reason[] => {
  const citedIds = new Set(citations.map((c) => c.id))
  const cited = input.articles.filter((a) => citedIds.has(a.id))
  const answering = new Set(answeringArticles(input).map((a) => a.id))
  const requester = input.ticket.requester
  const problems = verifyDraft(text, {
    articles: cited.map((a) => [a.title, a.url ?? '', a.body].join('\n')),
    ticket: [ticketText(input.ticket), requester?.name ?? '', requester?.email ?? ''].join('\n'),
  })
  return cited.some((a) => answering.has(a.id)) ? problems : [NO_ANSWER, ...problems]
}
