import type { ActivityItem, KnowledgeSummary, TrainingCandidate } from '@deskmate/shared'
import { formatDateTime, formatPercent } from '../format/format-duration.ts'
import { describeReason } from '../i18n/describe-reason.ts'
import type { I18n } from '../i18n/i18n-context.tsx'
import { syncStatus } from './knowledge-view.ts'

type Words = Pick<I18n, 't' | 'has' | 'language'>

/** The file name of the activity log's CSV export. */
export const ACTIVITY_CSV_NAME = 'deskmate-activity.csv'

/** Why the automation decided as it did, in words: what stopped it, or else what allowed it. */
export const activityReasons = (item: ActivityItem, i18n: Words): string => {
  const reasons = item.reasons.length > 0 ? item.reasons : (item.allowedBecause ?? [])
  return reasons.map((reason) => describeReason(reason, i18n)).join(' · ')
}

/** The Help Center sync in sentences: its status, when it last ran, its last success and its error. */
export const knowledgeSyncWords = (summary: KnowledgeSummary, { t, language }: Words) => {
  const { status, lastRun } = syncStatus(summary.sync)
  const { sync } = summary
  return {
    status: t(`console.knowledge.status.${status}`),
    lastRun: lastRun ? t('console.knowledge.lastRun', { time: formatDateTime(lastRun, language) }) : null,
    lastSuccess: sync.syncedAt
      ? t('console.knowledge.lastSuccess', {
          time: formatDateTime(sync.syncedAt, language),
          articles: String(sync.articles),
          examples: String(sync.examples),
        })
      : null,
    error: sync.lastError ? t('console.knowledge.error', { error: sync.lastError }) : null,
  }
}

/** One row of the training comparison: the category, its tickets, the current and the candidate accuracy. */
export type TrainingRow = { key: string; label: string; examples: number; current: string; candidate: string }

/** The candidate beside the current model: a summary, a row per category, and the overall row. */
export const trainingComparison = (candidate: TrainingCandidate, { t, has, language }: Words) => {
  const percent = (share: number) => formatPercent(share, language)
  const rows: TrainingRow[] = candidate.classes.map((row) => ({
    key: row.label,
    label: has(`category.${row.label}`) ? t(`category.${row.label}`) : row.label,
    examples: row.examples,
    current: percent(row.current),
    candidate: percent(row.candidate),
  }))
  return {
    summary: t('console.training.trained', {
      time: formatDateTime(candidate.trainedAt, language),
      examples: String(candidate.examples),
      skipped: String(candidate.skipped),
      folds: String(candidate.folds),
    }),
    rows,
    overall: {
      key: '',
      label: t('console.training.overall'),
      examples: candidate.examples,
      current: percent(candidate.currentAccuracy),
      candidate: percent(candidate.candidateAccuracy),
    } satisfies TrainingRow,
  }
}
