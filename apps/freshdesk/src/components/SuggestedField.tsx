import { useApplyInsight, useI18n, useInsightWords, type InsightField } from '@deskmate/app-core'
import { Button } from './Button.tsx'

/** Props of SuggestedField. */
export type SuggestedFieldProps = {
  field: InsightField
  suggestion: { label: string; confidence: number }
  /** The suggestion in the agent's words. */
  label: string
  /** The ticket's current value of the field, when the host reports it. */
  current?: string | undefined
}

/** A suggested priority or type: its certainty in words, and Apply when Deskmate is sure enough. */
export const SuggestedField = ({ field, suggestion, label, current }: SuggestedFieldProps) => {
  const { t } = useI18n()
  const { sureness } = useInsightWords()
  const { canApply, status, apply } = useApplyInsight(field, suggestion, current)
  return (
    <dd>
      <span>{label}</span>
      <span className="fd-small fd-muted">{sureness(suggestion.confidence)}</span>
      {canApply && status !== 'applied' && (
        <Button
          onClick={apply}
          disabled={status === 'applying'}
          aria-label={t(`insights.applyTo.${field}`, { value: label })}
        >
          {t('insights.apply')}
        </Button>
      )}
      <span role="status" className="fd-small">
        {status === 'applied' && t(`insights.appliedTo.${field}`, { value: label })}
        {status === 'failed' && t(`insights.applyFailedTo.${field}`)}
      </span>
    </dd>
  )
}
