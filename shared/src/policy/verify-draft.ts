import type { Reason } from '../api/analyze.ts'
import { extractClaims, isClaimKnown, type ClaimKind } from './draft-claims.ts'
import { extractCommitments, type PromiseKind } from './draft-promises.ts'

/** What a draft may draw on: the articles it cites (title, body, link) and the customer's ticket. */
export type DraftSources = { articles: readonly string[]; ticket: string }

/** Reason code of a fact (link, email, phone, price, date) that no cited article or the ticket states. */
export const DRAFT_UNVERIFIED = 'draft_unverified'
/** Reason code of a refund, credit or deadline that no cited article states. */
export const DRAFT_UNSTATED_PROMISE = 'draft_unstated_promise'

const MAX_PROBLEMS = 5

const CLAIM_WORDS: Record<ClaimKind, string> = {
  url: 'the link',
  email: 'the email address',
  phone: 'the phone number',
  price: 'the price',
  date: 'the date',
}
const PROMISE_WORDS: Record<PromiseKind, string> = {
  refund: 'a refund',
  credit: 'a credit or discount',
  deadline: 'a deadline',
}

/**
 * Checks a draft before it may be posted publicly: every link, email address, phone number, price and date in
 * it must appear in a cited article or the ticket, and every refund, credit or deadline in a cited article.
 * Returns one reason per problem (none when the draft may go out).
 * @example verifyDraft('Call us at +1 555 0100.', { articles: ['Reset your password…'], ticket: '…' })[0]?.code // 'draft_unverified'
 */
export const verifyDraft = (text: string, sources: DraftSources): Reason[] => {
  const articleText = sources.articles.join('\n')
  const known = extractClaims(`${articleText}\n${sources.ticket}`)
  const stated = extractCommitments(articleText)
  const problems: Reason[] = []
  const seen = new Set<string>()
  const add = (key: string, reason: Reason) => {
    if (seen.has(key) || problems.length >= MAX_PROBLEMS) return
    seen.add(key)
    problems.push(reason)
  }
  for (const claim of extractClaims(text)) {
    if (isClaimKnown(claim, known)) continue
    add(`${claim.kind}:${claim.key}`, {
      code: DRAFT_UNVERIFIED,
      message: `The draft mentions ${CLAIM_WORDS[claim.kind]} "${claim.value}", which neither a cited article nor the ticket contains`,
      params: { claim: claim.kind, value: claim.value },
    })
  }
  for (const commitment of extractCommitments(text)) {
    if (stated.some((s) => s.kind === commitment.kind && s.key === commitment.key)) continue
    add(`${commitment.kind}:${commitment.key}`, {
      code: DRAFT_UNSTATED_PROMISE,
      message: `The draft promises ${PROMISE_WORDS[commitment.kind]} ("${commitment.value}") that no cited article states`,
      params: { promise: commitment.kind, value: commitment.value },
    })
  }
  return problems
}
