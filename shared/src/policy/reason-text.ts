import type { Reason } from '../api/analyze.ts'
import { LABELLED_REASON_PARAMS, reasonParamLabel } from './reason-labels.ts'

export {
  LABELLED_REASON_PARAMS,
  REASON_PARAM_LABELS,
  reasonParamLabel,
  type LabelledReasonParam,
} from './reason-labels.ts'

/**
 * Every reason Deskmate gives (why a ticket was escalated, skipped, held back or allowed), in English, with
 * `{{param}}` for the values it names. The helpdesk notes, the audit log and the API use these words; the
 * sidebar's catalogs hold the same texts under `reason.<code>` and translate them.
 */
export const REASON_TEXT = {
  channel_not_allowed: 'The channel {{channel}} is not automated',
  category_not_allowed: 'The category {{category}} is not automated',
  language_not_supported: '{{language}} is not an automated language',
  low_retrieval_confidence: 'No knowledge-base article answers it with enough confidence',
  no_citation: 'The draft cites no article',
  very_negative_sentiment: 'The customer is very unhappy',
  frustrated: 'The customer is frustrated',
  high_priority: 'Priority {{priority}} needs a human',
  vip_requester: 'The requester is a VIP',
  already_answered: 'Deskmate already answered it',
  requester_is_agent: 'The requester is an agent',
  daily_cap_reached: 'The daily limit of automatic replies is reached',
  llm_budget_exhausted: 'The daily AI budget is used up',
  mode_off: 'Automation is off for this account',
  opted_out: 'The ticket is tagged deskmate_skip',
  already_handled: 'Deskmate already handled it ({{tag}})',
  not_answered: 'Deskmate did not answer this ticket, so a reply to it is for the agents',
  helpdesk_not_connected: 'Deskmate is not connected to the helpdesk',
  ticket_not_found: 'The ticket no longer exists',
  ticket_closed: 'The ticket is already solved or closed',
  processing_failed: 'Deskmate could not process this ticket after several attempts; please handle it',
  escalation_failed: 'The escalation could not be written to the helpdesk',
  long_log: 'Contains a long pasted log or stack trace',
  mass_outage: 'Describes an outage for many users',
  answer_did_not_help: 'The customer says Deskmate’s answer did not help',
  no_answer: 'No article answers this — review before sending',
  no_translation: 'The article is not available in this language ({{language}}) — review before sending',
  draft_unverified:
    'The draft mentions {{claim}} “{{value}}”, which neither a cited article nor the ticket contains',
  draft_unstated_promise: 'The draft promises {{promise}} (“{{value}}”) that no cited article states',
  article_confident:
    'Article “{{article}}” answers it with {{confidence}} confidence (threshold {{threshold}})',
  kb_confident:
    'A knowledge-base article answers it with {{confidence}} confidence (threshold {{threshold}})',
  category_allowed: 'The category {{category}} is automated',
  sentiment_ok: 'Sentiment: {{sentiment}}',
  channel_allowed: 'The channel {{channel}} is automated',
  language_supported: 'Automated language: {{language}}',
  sensitive_legal_threat: 'Mentions legal action',
  sensitive_data_loss: 'Reports data loss',
  sensitive_security_incident: 'Reports a security incident or account takeover',
  sensitive_gdpr_request: 'Privacy request: access to or deletion of personal data',
  sensitive_billing_dispute: 'Refund or billing dispute (the automation cannot move money)',
  sensitive_chargeback: 'Chargeback or bank dispute',
  sensitive_cancellation_complaint: 'Cancellation with a complaint',
  sensitive_accessibility_discrimination: 'Accessibility or discrimination complaint',
  sensitive_self_harm: 'Mentions self-harm',
  sensitive_violent_threat: 'Threatens violence',
  sensitive_harassment: 'Reports or contains harassment',
  sensitive_prompt_injection: 'Contains instructions aimed at the assistant',
  sensitive_mass_outage: 'Reports an outage for many users',
} as const

/** A reason code Deskmate writes. */
export type ReasonCode = keyof typeof REASON_TEXT

/** Every reason code, in the order of REASON_TEXT. */
export const REASON_CODES = Object.keys(REASON_TEXT) as ReasonCode[]

const LABELLED: readonly string[] = LABELLED_REASON_PARAMS

/**
 * A reason's English wording, its labelled values in words; a value its template does not name is left out.
 * @example reasonText('channel_not_allowed', { channel: 'chat' }) // 'The channel Chat is not automated'
 */
export const reasonText = (code: ReasonCode, params: Record<string, string> = {}): string =>
  REASON_TEXT[code].replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = params[name] ?? ''
    return LABELLED.includes(name) ? reasonParamLabel(name, value) : value
  })

/**
 * A reason with its code, its values and its English wording (all from the one vocabulary).
 * @example makeReason('high_priority', { priority: 'urgent' }).message // 'Priority Urgent needs a human'
 */
export const makeReason = (code: ReasonCode, params?: Record<string, string>): Reason =>
  params ? { code, message: reasonText(code, params), params } : { code, message: reasonText(code) }
