import {
  DEFAULT_SETTINGS,
  PRIORITIES,
  decideAction,
  decisionOf,
  makeReason,
  tagsForAction,
  type Analysis,
  type AutomationAction,
  type Decision,
  type Eligibility,
  type Mode,
  type Priority,
  type Reason,
  type SensitiveTopic,
  type Settings,
  type Suggestion,
} from '@deskmate/shared'
import type { DraftResult } from '../../engines/engine.ts'
import type { TicketUpdate } from '../../helpdesks/adapter.ts'
import type { DecisionFacts } from '../analytics/decision-facts.ts'
import { composeDraftNote, composeEscalationNote, composeReply } from './compose-comment.ts'

/** What the automation decided for one event, recorded before it acts. */
export type AutomationPlan = {
  action: AutomationAction
  decision: Decision
  mode: Mode
  reasons: Reason[]
  /** For a reply or a draft note: what the automation was allowed on (article and confidence, category, …). */
  allowedBecause?: Reason[]
  engine: string
  tokens: number
  /** The analysed ticket's category and language (absent on a plan made before any analysis). */
  category?: string
  language?: string
  /** The one ticket update that carries the outcome; null when nothing is written to the helpdesk. */
  update: TicketUpdate | null
  /** What the analytics count about the analysed ticket (absent when it was skipped before analysis). */
  facts?: DecisionFacts
}

/** Everything the plan reads; all of it is computed before the call. */
export type PlanInput = {
  settings: Pick<Settings, 'mode' | 'escalation'> & Partial<Pick<Settings, 'autoReplyStatus'>>
  ticketPriority: Priority | undefined
  analysis: Analysis
  suggestions: Suggestion[]
  draft: DraftResult | null
  tokens: number
}

const NO_CITATION: Reason = makeReason('no_citation')

/** The analysis's eligibility, made final by the draft: a draft without citations is never sent. */
export const finalEligibility = (eligibility: Eligibility, draft: DraftResult | null): Eligibility => {
  if (!eligibility.eligible || (draft && draft.citations.length > 0)) return eligibility
  return { eligible: false, reasons: [...eligibility.reasons, NO_CITATION] }
}

/** The priority an escalation sets: the configured one, only when it raises the ticket's priority. */
export const escalationPriority = (
  configured: Priority | null,
  current: Priority | undefined,
): Priority | undefined => {
  if (!configured) return undefined
  const rank = (p: Priority | undefined): number => (p ? PRIORITIES.indexOf(p) : -1)
  return rank(configured) > rank(current) ? configured : undefined
}

/** Sensitive topics a person must see first: an escalation with one of them gets the critical priority. */
export const CRITICAL_TOPICS: readonly SensitiveTopic[] = ['self_harm', 'violent_threat', 'security_incident']

/** Topics that say nothing about the customer's urgency (a hidden instruction is not a reason to hurry). */
const NEUTRAL_TOPICS: readonly string[] = ['prompt_injection']

/**
 * The priority an escalation asks for: critical topics first, then any other sensitive topic, then the
 * general setting; settings stored before the topic priorities existed get their defaults.
 */
export const escalationTarget = (
  escalation: Settings['escalation'],
  topics: readonly string[],
): { priority: Priority | null; topic?: string } => {
  const defaults = DEFAULT_SETTINGS.escalation
  const critical = topics.find((topic) => (CRITICAL_TOPICS as readonly string[]).includes(topic))
  const criticalPriority =
    escalation.criticalPriority === undefined ? defaults.criticalPriority : escalation.criticalPriority
  if (critical && criticalPriority) return { priority: criticalPriority, topic: critical }
  const sensitive = topics.find((topic) => !NEUTRAL_TOPICS.includes(topic))
  const sensitivePriority =
    escalation.sensitivePriority === undefined ? defaults.sensitivePriority : escalation.sensitivePriority
  if (sensitive && sensitivePriority) return { priority: sensitivePriority, topic: sensitive }
  return { priority: escalation.raisePriorityTo }
}

/** A plan that leaves the ticket alone (mode off, loop prevention, ticket gone). */
export const skipPlan = (mode: Mode, reason: Reason): AutomationPlan => ({
  action: 'skip',
  decision: 'skipped',
  mode,
  reasons: [reason],
  engine: 'none',
  tokens: 0,
  update: null,
})

/**
 * Decides what to do with an analysed ticket: reply, leave a draft note, or escalate with the configured
 * priority and group changes.
 * @example planAction({ settings, ticketPriority: 'normal', analysis, suggestions, draft, tokens: 0 }).action
 */
export const planAction = (input: PlanInput): AutomationPlan => {
  const { settings, analysis, draft } = input
  const eligibility = finalEligibility(analysis.autoReply, draft)
  const decided = decideAction(settings.mode, eligibility)
  // A draft the agent must review first (unverified facts, promises, no answer) never goes out on its own.
  const heldBack = decided === 'public_reply' ? (draft?.review ?? []) : []
  const action = heldBack.length > 0 ? 'internal_note' : decided
  const reasons = heldBack.length > 0 ? heldBack : eligibility.reasons
  const base = {
    action,
    decision: decisionOf(action),
    mode: settings.mode,
    reasons,
    ...(eligibility.eligible ? { allowedBecause: eligibility.allowedBecause ?? [] } : {}),
    engine: draft?.engine ?? analysis.engine,
    tokens: input.tokens,
    category: analysis.category.label,
    language: analysis.language.code,
  }
  const addTags = tagsForAction(action, reasons)
  if (action === 'skip') return { ...base, update: null }
  if (action === 'escalate') {
    const target = escalationTarget(settings.escalation, analysis.sensitiveTopics)
    const priority = escalationPriority(target.priority, input.ticketPriority)
    const groupId = settings.escalation.groupId ?? undefined
    const raised = priority ? { priority, ...(target.topic ? { topic: target.topic } : {}) } : undefined
    const html = composeEscalationNote(eligibility.reasons, analysis, input.suggestions, raised)
    return {
      ...base,
      update: {
        comment: { html, isPublic: false },
        addTags,
        ...(priority ? { priority } : {}),
        ...(groupId ? { groupId } : {}),
      },
    }
  }
  // Eligible implies a draft with citations (finalEligibility).
  const { text, citations } = draft ?? { text: '', citations: [] }
  const html =
    action === 'public_reply'
      ? composeReply(text, citations)
      : composeDraftNote(text, citations, analysis, heldBack)
  // An answered ticket leaves the agents' queue until the customer writes back.
  const status =
    action === 'public_reply'
      ? settings.autoReplyStatus === undefined
        ? DEFAULT_SETTINGS.autoReplyStatus
        : settings.autoReplyStatus
      : null
  return {
    ...base,
    update: {
      comment: { html, isPublic: action === 'public_reply' },
      addTags,
      ...(status ? { status } : {}),
    },
  }
}
