import { categoryLabel } from '@deskmate/shared'
import { formatPercent } from '../format/format-duration.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { certaintyOf } from './use-apply-insight.ts'

/** Kinds of label the analysis gives, each with its own catalog prefix. */
export type InsightLabelKind = 'category' | 'priority' | 'type' | 'topic'

/**
 * The analysis in the agent's words: a label from the catalog (a readable form of the id when the catalog has
 * none, e.g. a tenant's own category), a language's name, and a confidence as certainty and percentage.
 */
export const useInsightWords = () => {
  const { t, has, language } = useI18n()
  return {
    label: (kind: InsightLabelKind, id: string): string =>
      has(`${kind}.${id}`) ? t(`${kind}.${id}`) : categoryLabel(id),
    languageName: (code: string): string =>
      has(`language.${code}`) ? t(`language.${code}`) : code.toUpperCase(),
    sureness: (confidence: number): string =>
      t('insights.sureness', {
        certainty: t(`insights.certainty.${certaintyOf(confidence)}`),
        value: formatPercent(confidence, language),
      }),
  }
}
