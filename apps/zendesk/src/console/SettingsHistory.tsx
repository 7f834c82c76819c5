import { useEffect, useState } from 'react'
import { LG, SM } from '@zendeskgarden/react-typography'
import type { SettingsChange, SettingsHistoryEntry } from '@deskmate/shared'
import { formatDateTime, useI18n, type ConsoleClient, type I18n } from '@deskmate/app-core'
import { isModel, modelName } from './model-name.ts'

/** The i18n key naming each audited field (others show their API name). */
const FIELD_LABELS: Record<string, string> = {
  mode: 'console.mode.label',
  retrievalThreshold: 'console.threshold.label',
  allowedCategories: 'console.categories.label',
  allowedChannels: 'console.channels.label',
  languages: 'console.languages.label',
  vipTags: 'console.vipTags.label',
  dailyAutoReplyCap: 'console.cap.label',
  llmDailyTokenBudget: 'console.budget.label',
  escalation: 'console.escalation.priority',
}

const formatValue = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(String).join(', ') || '—'
  if (value === null || value === undefined || value === '') return '—'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** One change in words: "Answer threshold: 0.6 → 0.75"; the Anthropic key only as set or removed. */
export const describeChange = (change: SettingsChange, i18n: Pick<I18n, 't' | 'language'>): string => {
  const { t } = i18n
  if (isModel(change.before) && isModel(change.after))
    return t('console.training.history', {
      before: modelName(change.before, i18n),
      after: modelName(change.after, i18n),
    })
  if (change.field === 'anthropicKeyConfigured')
    return t(change.after ? 'console.history.keySet' : 'console.history.keyRemoved')
  const label = FIELD_LABELS[change.field]
  return t('console.history.change', {
    field: label ? t(label) : change.field,
    before: formatValue(change.before),
    after: formatValue(change.after),
  })
}

/** Who changed which setting and when, newest first; reloads after each save (`revision`). */
export const SettingsHistory = ({ client, revision }: { client: ConsoleClient; revision: number }) => {
  const i18n = useI18n()
  const [items, setItems] = useState<SettingsHistoryEntry[] | null>(null)
  useEffect(() => {
    let isCurrent = true
    client.getHistory().then(
      (answer) => isCurrent && setItems(answer.items),
      () => isCurrent && setItems([]),
    )
    return () => {
      isCurrent = false
    }
  }, [client, revision])
  return (
    <section aria-labelledby="history-title">
      <LG tag="h2" id="history-title">
        {i18n.t('console.history.title')}
      </LG>
      {items && items.length === 0 ? <p>{i18n.t('console.history.empty')}</p> : null}
      <ul aria-labelledby="history-title">
        {(items ?? []).map((entry) => (
          <li key={entry.id}>
            <SM tag="span">
              {i18n.t('console.history.by', {
                name: entry.changedBy.name ?? entry.changedBy.userId,
                time: formatDateTime(entry.changedAt, i18n.language),
              })}
            </SM>
            <ul>
              {entry.changes.map((change) => (
                <li key={change.field}>{describeChange(change, i18n)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
