import type { Channel, Priority } from '../taxonomy/taxonomy.ts'
import type { BusinessHours, SlaPolicy } from './policy.ts'
import { addBusinessMinutes, businessMinutesBetween, isWithinBusinessHours } from './business-hours.ts'

/** What an SLA badge can show. */
export const SLA_STATES = ['ok', 'at_risk', 'breached', 'paused', 'met'] as const
export type SlaState = (typeof SLA_STATES)[number]

/** Share of the target that, once elapsed, puts a ticket at risk. */
export const AT_RISK_RATIO = 0.8

/** Where a helpdesk's SLA target stands: counting down, paused, or achieved. */
export const SLA_TARGET_STAGES = ['active', 'paused', 'achieved'] as const
export type SlaTargetStage = (typeof SLA_TARGET_STAGES)[number]

/**
 * One SLA target the helpdesk tracks for a ticket, in Deskmate's words: each host maps its own shape into a
 * list of these (Zendesk's `policy_metrics`, Freshdesk's due dates). `metric` names what is measured
 * (`first_reply_time`, `next_reply_time`, `total_resolution_time`, …); `dueAt` is when it breaches.
 */
export type HelpdeskSlaTarget = { metric: string; stage: SlaTargetStage; dueAt: string | null }

/** What the fallback policy needs to know about a ticket. */
export type SlaTicketFacts = {
  createdAt?: string | undefined
  channel?: Channel | undefined
  priority?: Priority | undefined
  /** Requester and organization tags, matched against the policy's tier multipliers. */
  tierTags: string[]
  hasAgentReply: boolean
  isSolved: boolean
}

/** A resolved SLA clock: nothing to show, a finished or paused metric, or a deadline to count down to. */
export type SlaClock =
  | { kind: 'none' }
  | { kind: 'met'; metric: string | null }
  | { kind: 'paused'; metric: string }
  | {
      kind: 'countdown'
      metric: string
      deadline: Date
      startedAt: Date | null
      businessHours: BusinessHours | null
      source: 'helpdesk' | 'policy'
    }

/** The badge's view of a clock at one instant. */
export type SlaStatus = {
  state: SlaState | null
  metric: string | null
  deadline: Date | null
  /** Milliseconds until the deadline; negative once breached. */
  remainingMs: number | null
}

const parseDate = (value: string | null | undefined): Date | null => {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * The clock from the helpdesk's SLA targets: the active target breaching first; paused when only paused
 * targets remain; met when every target is achieved; `none` for an empty list.
 * @example clockFromSlaTargets([{ metric: 'first_reply_time', stage: 'active', dueAt: '2026-08-03T10:00:00Z' }])
 */
export const clockFromSlaTargets = (metrics: HelpdeskSlaTarget[], startedAt?: string): SlaClock => {
  if (metrics.length === 0) return { kind: 'none' }
  const active = metrics
    .filter((m) => m.stage === 'active')
    .map((m) => ({ metric: m.metric, deadline: parseDate(m.dueAt) }))
    .filter((m): m is { metric: string; deadline: Date } => m.deadline !== null)
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
  const next = active[0]
  if (next) {
    const start = parseDate(startedAt)
    return {
      kind: 'countdown',
      metric: next.metric,
      deadline: next.deadline,
      startedAt: start && start < next.deadline ? start : null,
      businessHours: null,
      source: 'helpdesk',
    }
  }
  const paused = metrics.find((m) => m.stage === 'paused')
  if (paused) return { kind: 'paused', metric: paused.metric }
  if (metrics.every((m) => m.stage === 'achieved')) return { kind: 'met', metric: metrics[0]?.metric ?? null }
  return { kind: 'none' }
}

const tierMultiplier = (policy: SlaPolicy, tags: string[]): number => {
  const multipliers = tags
    .map((tag) => policy.tierMultipliers[tag])
    .filter((m): m is number => m !== undefined)
  return multipliers.length > 0 ? Math.min(...multipliers) : 1
}

/**
 * The clock from the app's fallback policy: first response until an agent replied, then resolution;
 * targets by channel × priority, scaled by the strictest tier tag, counted in business hours.
 * @example clockFromPolicy({ createdAt: '2026-08-03T09:00:00Z', channel: 'email', priority: 'high', tierTags: [], hasAgentReply: false, isSolved: false }, DEFAULT_SLA_POLICY)
 */
export const clockFromPolicy = (facts: SlaTicketFacts, policy: SlaPolicy): SlaClock => {
  if (facts.isSolved) return { kind: 'met', metric: 'total_resolution_time' }
  const createdAt = parseDate(facts.createdAt)
  if (!createdAt) return { kind: 'none' }
  const target = policy.targets[facts.channel ?? 'email'][facts.priority ?? 'normal']
  // A zero first-response target means the contact itself is the response (a phone call).
  const isFirstResponse = !facts.hasAgentReply && target.firstResponseMin > 0
  const minutes =
    (isFirstResponse ? target.firstResponseMin : target.resolutionMin) *
    tierMultiplier(policy, facts.tierTags)
  return {
    kind: 'countdown',
    metric: isFirstResponse ? 'first_reply_time' : 'total_resolution_time',
    deadline: addBusinessMinutes(createdAt, minutes, policy.businessHours),
    startedAt: createdAt,
    businessHours: policy.businessHours,
    source: 'policy',
  }
}

/**
 * The state of a clock at `now`: breached past the deadline, paused outside business hours,
 * at risk once 80 % of the target has elapsed, ok otherwise.
 * @example slaStatusAt(clock, new Date('2026-08-03T09:50:00Z')).state // 'at_risk'
 */
export const slaStatusAt = (clock: SlaClock, now: Date): SlaStatus => {
  if (clock.kind === 'none') return { state: null, metric: null, deadline: null, remainingMs: null }
  if (clock.kind === 'met') return { state: 'met', metric: clock.metric, deadline: null, remainingMs: null }
  if (clock.kind === 'paused')
    return { state: 'paused', metric: clock.metric, deadline: null, remainingMs: null }
  const remainingMs = clock.deadline.getTime() - now.getTime()
  const status = { metric: clock.metric, deadline: clock.deadline, remainingMs }
  if (remainingMs <= 0) return { ...status, state: 'breached' }
  if (!isWithinBusinessHours(now, clock.businessHours)) return { ...status, state: 'paused' }
  if (clock.startedAt) {
    const target = businessMinutesBetween(clock.startedAt, clock.deadline, clock.businessHours)
    const elapsed = businessMinutesBetween(clock.startedAt, now, clock.businessHours)
    if (target > 0 && elapsed / target >= AT_RISK_RATIO) return { ...status, state: 'at_risk' }
  }
  return { ...status, state: 'ok' }
}
