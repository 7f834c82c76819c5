import type { Settings, Mode } from '../api/settings.ts'
import type { Reason } from '../api/analyze.ts'
import type { Decision } from '../api/activity.ts'
import type { SentimentLabel } from '../sentiment/sentiment.ts'
import type { Ticket } from '../tickets/ticket.ts'
import { allowedReasons } from './allowed-reasons.ts'
import { saysAnswerDidNotHelp } from './follow-up.ts'
import { looksLikeLongLog } from './long-log.ts'
import { describesMassOutage } from './mass-outage.ts'
import type { SensitiveTopic } from './sensitive-topics.ts'

/** Tag Deskmate puts on tickets it answered; its presence prevents a second answer. */
export const TAG_AUTO_REPLIED = 'deskmate_auto_replied'
/** Tag Deskmate puts on tickets it handed to a human. */
export const TAG_ESCALATED = 'deskmate_escalated'
/** Tag Deskmate puts on tickets where it left a draft as an internal note. */
export const TAG_DRAFT_NOTED = 'deskmate_draft_noted'
/** Tag an admin or agent puts on a ticket to keep the automation away from it. */
export const TAG_SKIP = 'deskmate_skip'
/** Tags that mean the automation already acted on a ticket (each update carries exactly one). */
export const OUTCOME_TAGS = [TAG_AUTO_REPLIED, TAG_DRAFT_NOTED, TAG_ESCALATED] as const

/** Everything the eligibility decision reads; all of it is computed before the call. */
export type EligibilityInput = {
  settings: Pick<
    Settings,
    | 'allowedChannels'
    | 'allowedCategories'
    | 'languages'
    | 'retrievalThreshold'
    | 'vipTags'
    | 'dailyAutoReplyCap'
    | 'llmDailyTokenBudget'
  >
  /** Subject and body feed the text rules (pasted logs, outages); without them those rules stay silent. */
  ticket: Pick<Ticket, 'channel' | 'tags' | 'requester'> & Partial<Pick<Ticket, 'subject' | 'body'>>
  category: string
  priority: string
  language: string
  sentiment: { label: SentimentLabel; frustrated: boolean }
  sensitiveTopics: readonly SensitiveTopic[]
  retrievalConfidence: number | null
  /** The article behind `retrievalConfidence`, named in the reasons an automated reply was allowed on. */
  topArticle?: { id: string; title: string } | null
  citedArticles: number
  usage: { autoRepliesToday: number; llmTokensToday: number }
  /** The customer's latest comment when Deskmate already answered the ticket. */
  followUp?: string
}

/**
 * The decision: eligible only when no reason stands against it; `allowedBecause` says what an eligible ticket
 * was allowed on (empty when it is not eligible).
 */
export type Eligibility = { eligible: boolean; reasons: Reason[]; allowedBecause?: Reason[] }

/** Each sensitive topic in the words the sidebar and the helpdesk notes use (English). */
export const TOPIC_MESSAGES: Record<SensitiveTopic, string> = {
  legal_threat: 'Mentions legal action',
  data_loss: 'Reports data loss',
  security_incident: 'Reports a security incident or account takeover',
  gdpr_request: 'Privacy request: access to or deletion of personal data',
  billing_dispute: 'Refund or billing dispute (the automation cannot move money)',
  chargeback: 'Chargeback or bank dispute',
  cancellation_complaint: 'Cancellation with a complaint',
  accessibility_discrimination: 'Accessibility or discrimination complaint',
  self_harm: 'Mentions self-harm',
  violent_threat: 'Threatens violence',
  harassment: 'Reports or contains harassment',
  prompt_injection: 'Contains instructions aimed at the assistant',
  mass_outage: 'Reports an outage for many users',
}

const lower = (xs: readonly string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase())

/**
 * Applies every auto-reply rule; each failing rule becomes a reason.
 * @example decideEligibility(input).eligible // false when the ticket threatens legal action
 */
export const decideEligibility = (input: EligibilityInput): Eligibility => {
  const { settings, ticket } = input
  const reasons: Reason[] = []
  const add = (code: string, message: string, params?: Record<string, string>): void =>
    void reasons.push(params ? { code, message, params } : { code, message })

  const channel = ticket.channel ?? 'email'
  if (!settings.allowedChannels.includes(channel))
    add('channel_not_allowed', `Channel ${channel} is not automated`, { channel })
  if (!settings.allowedCategories.includes(input.category))
    add('category_not_allowed', `Category ${input.category} is not automated`, { category: input.category })
  if (!(settings.languages as readonly string[]).includes(input.language))
    add('language_not_supported', `Language ${input.language} is not supported`, { language: input.language })
  if (input.retrievalConfidence === null || input.retrievalConfidence < settings.retrievalThreshold)
    add('low_retrieval_confidence', 'No knowledge-base article answers it with enough confidence')
  if (input.citedArticles < 1) add('no_citation', 'The draft cites no article')
  if (input.sentiment.label === 'very_negative')
    add('very_negative_sentiment', 'The customer is very unhappy')
  if (input.sentiment.frustrated) add('frustrated', 'The customer is frustrated')
  if (input.priority === 'urgent' || input.priority === 'high')
    add('high_priority', `Priority ${input.priority} needs a human`, { priority: input.priority })
  const vip = lower(settings.vipTags)
  const requesterTags = [...lower(ticket.requester?.tags), ...lower(ticket.requester?.organizationTags)]
  if (requesterTags.some((tag) => vip.includes(tag))) add('vip_requester', 'The requester is a VIP')
  for (const topic of input.sensitiveTopics) add(`sensitive_${topic}`, TOPIC_MESSAGES[topic])
  if (lower(ticket.tags).includes(TAG_AUTO_REPLIED)) add('already_answered', 'Deskmate already answered it')
  if (ticket.requester?.isAgent) add('requester_is_agent', 'The requester is an agent')
  if (input.usage.autoRepliesToday >= settings.dailyAutoReplyCap)
    add('daily_cap_reached', 'The daily automatic-reply cap is reached')
  if (input.usage.llmTokensToday >= settings.llmDailyTokenBudget)
    add('llm_budget_exhausted', 'The daily LLM budget is used up')
  addTextRules(input, add)

  if (reasons.length > 0) return { eligible: false, reasons, allowedBecause: [] }
  const allowedBecause = allowedReasons({
    channel,
    category: input.category,
    language: input.language,
    sentiment: input.sentiment.label,
    retrievalConfidence: input.retrievalConfidence ?? 0,
    threshold: settings.retrievalThreshold,
    topArticle: input.topArticle ?? null,
  })
  return { eligible: true, reasons, allowedBecause }
}

/** Rules on the ticket's words: a pasted log, an outage for many users, a follow-up saying it did not help. */
const addTextRules = (input: EligibilityInput, add: (code: string, message: string) => void): void => {
  const { subject = '', body = '' } = input.ticket
  if (looksLikeLongLog(body)) add('long_log', 'Contains a long pasted log or stack trace')
  // The topic scorer may report outages itself; one reason is enough.
  const hasOutageTopic = (input.sensitiveTopics as readonly string[]).includes('mass_outage')
  if (!hasOutageTopic && describesMassOutage(`${subject}\n${body}`))
    add('mass_outage', 'Describes an outage for many users')
  if (input.followUp !== undefined && saysAnswerDidNotHelp(input.followUp))
    add('answer_did_not_help', "The customer says Deskmate's answer did not help")
}

/** What the automation does with a ticket. */
export type AutomationAction = 'public_reply' | 'internal_note' | 'escalate' | 'skip'

/**
 * Turns the mode and the eligibility into one action.
 * @example decideAction('draft_note', { eligible: true, reasons: [] }) // 'internal_note'
 */
export const decideAction = (mode: Mode, eligibility: Eligibility): AutomationAction => {
  if (mode === 'off') return 'skip'
  if (!eligibility.eligible) return 'escalate'
  return mode === 'auto_reply' ? 'public_reply' : 'internal_note'
}

const DECISION_OF: Record<AutomationAction, Decision> = {
  public_reply: 'auto_replied',
  internal_note: 'draft_noted',
  escalate: 'escalated',
  skip: 'skipped',
}

/** The audited decision for an action. */
export const decisionOf = (action: AutomationAction): Decision => DECISION_OF[action]

const MAX_TAG_LENGTH = 80

/**
 * The helpdesk tag for one reason, e.g. `deskmate_reason_sensitive_legal_threat`.
 * @example reasonTag('vip_requester') // 'deskmate_reason_vip_requester'
 */
export const reasonTag = (code: string): string =>
  `deskmate_reason_${code.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}`.slice(0, MAX_TAG_LENGTH)

/**
 * Tags an action adds to the ticket: its outcome tag, plus one tag per reason (an escalation's, or why a draft
 * was held back as a note).
 * @example tagsForAction('escalate', [{ code: 'vip_requester', message: '' }]) // ['deskmate_escalated', 'deskmate_reason_vip_requester']
 */
export const tagsForAction = (action: AutomationAction, reasons: readonly Reason[]): string[] => {
  if (action === 'skip') return []
  if (action === 'public_reply') return [TAG_AUTO_REPLIED]
  const outcome = action === 'internal_note' ? TAG_DRAFT_NOTED : TAG_ESCALATED
  return [outcome, ...new Set(reasons.map((reason) => reasonTag(reason.code)))]
}

/**
 * Why the automation must not touch a ticket at all (loop prevention, opt-out), or null when it may. A ticket
 * Deskmate answered (or drafted for) is looked at again only when the customer's `followUp` says the answer
 * did not help; the eligibility then escalates it.
 * @example skipReason(['deskmate_auto_replied'], 'auto_reply') // { code: 'already_handled', ... }
 */
export const skipReason = (
  tags: readonly string[] | undefined,
  mode: Mode,
  followUp?: string,
): Reason | null => {
  const present = lower(tags)
  if (mode === 'off') return { code: 'mode_off', message: 'Automation is off for this account' }
  if (present.includes(TAG_SKIP)) return { code: 'opted_out', message: `The ticket is tagged ${TAG_SKIP}` }
  // An escalated ticket is a human's now, whatever Deskmate did before.
  const outcome = present.includes(TAG_ESCALATED)
    ? TAG_ESCALATED
    : OUTCOME_TAGS.find((tag) => present.includes(tag))
  const isAnswerRejected =
    outcome !== TAG_ESCALATED && followUp !== undefined && saysAnswerDidNotHelp(followUp)
  if (outcome && !isAnswerRejected)
    return {
      code: 'already_handled',
      message: `Deskmate already handled it (${outcome})`,
      params: { tag: outcome },
    }
  return null
}
