import type { Settings, Mode } from '../api/settings.ts'
import type { Reason } from '../api/analyze.ts'
import type { Decision } from '../api/activity.ts'
import type { SentimentLabel } from '../sentiment/sentiment.ts'
import type { Ticket } from '../tickets/ticket.ts'
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
  ticket: Pick<Ticket, 'channel' | 'tags' | 'requester'>
  category: string
  priority: string
  language: string
  sentiment: { label: SentimentLabel; frustrated: boolean }
  sensitiveTopics: readonly SensitiveTopic[]
  retrievalConfidence: number | null
  citedArticles: number
  usage: { autoRepliesToday: number; llmTokensToday: number }
}

/** The decision: eligible only when no reason stands against it. */
export type Eligibility = { eligible: boolean; reasons: Reason[] }

const TOPIC_MESSAGES: Record<SensitiveTopic, string> = {
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

  return { eligible: reasons.length === 0, reasons }
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
 * Tags an action adds to the ticket: its outcome tag, plus one tag per reason for escalations.
 * @example tagsForAction('escalate', [{ code: 'vip_requester', message: '' }]) // ['deskmate_escalated', 'deskmate_reason_vip_requester']
 */
export const tagsForAction = (action: AutomationAction, reasons: readonly Reason[]): string[] => {
  if (action === 'skip') return []
  if (action === 'public_reply') return [TAG_AUTO_REPLIED]
  if (action === 'internal_note') return [TAG_DRAFT_NOTED]
  return [TAG_ESCALATED, ...new Set(reasons.map((reason) => reasonTag(reason.code)))]
}

/**
 * Why the automation must not touch a ticket at all (loop prevention, opt-out), or null when it may.
 * @example skipReason(['deskmate_auto_replied']) // { code: 'already_handled', ... }
 */
export const skipReason = (tags: readonly string[] | undefined, mode: Mode): Reason | null => {
  const present = lower(tags)
  if (mode === 'off') return { code: 'mode_off', message: 'Automation is off for this account' }
  if (present.includes(TAG_SKIP)) return { code: 'opted_out', message: `The ticket is tagged ${TAG_SKIP}` }
  const outcome = OUTCOME_TAGS.find((tag) => present.includes(tag))
  if (outcome)
    return {
      code: 'already_handled',
      message: `Deskmate already handled it (${outcome})`,
      params: { tag: outcome },
    }
  return null
}
