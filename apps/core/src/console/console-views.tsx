import type { ReactNode } from 'react'
import type {
  AnalyticsResponse,
  KnowledgeGap,
  KnowledgeSummary,
  SettingsHistoryEntry,
} from '@deskmate/shared'
import { formatDateTime } from '../format/format-duration.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { ticketUrl } from './console-client.ts'
import { knowledgeSyncWords } from './console-words.ts'
import { describeChange } from './describe-change.ts'
import type { LinkRenderer } from './use-console-tables.tsx'
import { useAnalyticsFigures } from './use-analytics-words.ts'

/** The analytics' headline figures as a description list, then the estimates' assumptions. */
export const AnalyticsFigures = ({ data, className }: { data: AnalyticsResponse; className?: string }) => {
  const { figures, assumptions } = useAnalyticsFigures(data)
  return (
    <div className={className}>
      <dl>
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{assumptions}</p>
    </div>
  )
}

/** Knowledge gaps as a numbered list: each cluster's terms and size, its example tickets linked to the helpdesk. */
export const KnowledgeGapItems = (props: {
  gaps: readonly KnowledgeGap[]
  tenantId?: string | undefined
  link: LinkRenderer
  className?: string
}) => {
  const { t } = useI18n()
  return (
    <ol className={props.className}>
      {props.gaps.map((gap) => (
        <li key={gap.terms.join(' ')}>
          <strong>{gap.terms.join(', ')}</strong>{' '}
          {t('console.analytics.gapSize', { count: String(gap.size) })}
          <ul className={props.className}>
            {gap.examples.map((example) => {
              const href = ticketUrl(props.tenantId, example.ticketId)
              const text = `#${example.ticketId} ${example.subject}`
              return <li key={example.ticketId}>{href ? props.link(href, text) : text}</li>
            })}
          </ul>
        </li>
      ))}
    </ol>
  )
}

/** The audit of settings changes, newest first: who and when, then each change in words. */
export const SettingsHistoryList = (props: {
  items: readonly SettingsHistoryEntry[]
  labelledBy: string
  className?: string
}) => {
  const i18n = useI18n()
  return (
    <ul className={props.className} aria-labelledby={props.labelledBy}>
      {props.items.map((entry) => (
        <li key={entry.id}>
          <span>
            {i18n.t('console.history.by', {
              name: entry.changedBy.name ?? entry.changedBy.userId,
              time: formatDateTime(entry.changedAt, i18n.language),
            })}
          </span>
          <ul>
            {entry.changes.map((change) => (
              <li key={change.field}>{describeChange(change, i18n)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** The Help Center sync at a glance: status, last run, last success, and its error as the helpdesk warns. */
export const SyncSummary = (props: {
  summary: KnowledgeSummary
  warning: (text: string) => ReactNode
  className?: string
}) => {
  const words = knowledgeSyncWords(props.summary, useI18n())
  return (
    <div className={props.className}>
      <p>{words.status}</p>
      {words.lastRun ? <p>{words.lastRun}</p> : null}
      {words.lastSuccess ? <p>{words.lastSuccess}</p> : null}
      {words.error ? props.warning(words.error) : null}
    </div>
  )
}
