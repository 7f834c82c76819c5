import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { formatPercent, useApplyInsight, useI18n, type InsightField } from '@deskmate/app-core'

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
  const { t, language } = useI18n()
  const { canApply, status, apply, certainty } = useApplyInsight(field, suggestion, current)
  return (
    <dd>
      <span>{label}</span>
      <SM>
        {t('insights.sureness', {
          certainty: t(`insights.certainty.${certainty}`),
          value: formatPercent(suggestion.confidence, language),
        })}
      </SM>
      {canApply && status !== 'applied' && (
        <Button
          size="small"
          onClick={apply}
          disabled={status === 'applying'}
          aria-label={t(`insights.applyTo.${field}`, { value: label })}
        >
          {t('insights.apply')}
        </Button>
      )}
      <span role="status">
        {status === 'applied' && <SM>{t(`insights.appliedTo.${field}`, { value: label })}</SM>}
        {status === 'failed' && <SM>{t(`insights.applyFailedTo.${field}`)}</SM>}
      </span>
    </dd>
  )
}
