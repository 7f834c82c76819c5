import type { ActivityItem } from '@deskmate/shared'
import { describeReason } from '../i18n/describe-reason.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { formatDateTime } from '../format/format-duration.ts'

/** One automation decision in the agent's words: what it decided, when, why, and why it was allowed. */
export type ActivityEntryWords = {
  decision: string
  time: string
  reasons: { key: string; text: string }[]
  allowedBecause: { key: string; text: string }[]
}

/** Words for one automation decision, for the sidebar's Automation panel. */
export const useActivityEntry = (item: ActivityItem): ActivityEntryWords => {
  const i18n = useI18n()
  return {
    decision: i18n.t(`automation.decision.${item.decision}`),
    time: formatDateTime(item.createdAt, i18n.language),
    reasons: item.reasons.map((reason, i) => ({
      key: `${reason.code}-${i}`,
      text: describeReason(reason, i18n),
    })),
    allowedBecause: (item.allowedBecause ?? []).map((reason) => ({
      key: reason.code,
      text: describeReason(reason, i18n),
    })),
  }
}
