import { SLA_TARGET_STAGES, type HelpdeskSlaTarget, type SlaTargetStage } from '@deskmate/shared'

type PolicyMetric = { metric?: unknown; stage?: unknown; breach_at?: unknown }

const isStage = (value: unknown): value is SlaTargetStage =>
  typeof value === 'string' && (SLA_TARGET_STAGES as readonly string[]).includes(value)

/**
 * Zendesk's `ticket.slas.policy_metrics` (`?include=slas`) as Deskmate's SLA targets: its metric names are
 * Deskmate's, its stages `active`, `paused` and `achieved` too, `breach_at` is the due date. Entries of
 * another shape are left out; null when the answer carries no list (the plan has no SLAs).
 */
export const zendeskSlaTargets = (policyMetrics: unknown): HelpdeskSlaTarget[] | null => {
  if (!Array.isArray(policyMetrics)) return null
  return (policyMetrics as PolicyMetric[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return []
    const { metric, stage, breach_at: breachAt } = entry
    if (typeof metric !== 'string' || !isStage(stage)) return []
    return [{ metric, stage, dueAt: typeof breachAt === 'string' ? breachAt : null }]
  })
}
