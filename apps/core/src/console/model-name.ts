import type { ActiveModel } from '@deskmate/shared'
import { formatDateTime } from '../format/format-duration.ts'
import type { I18n } from '../i18n/i18n-context.tsx'

/** A category model in words: the built-in one, or the tenant's with its tickets and date. */
export const modelName = (model: ActiveModel, { t, language }: Pick<I18n, 't' | 'language'>): string =>
  model.source === 'default'
    ? t('console.training.model.default')
    : t('console.training.model.tenant', {
        examples: String(model.examples ?? 0),
        time: model.trainedAt ? formatDateTime(model.trainedAt, language) : '—',
      })

/** Whether an audited value is a category model as the Worker describes it. */
export const isModel = (value: unknown): value is ActiveModel =>
  typeof value === 'object' &&
  value !== null &&
  ((value as ActiveModel).source === 'default' || (value as ActiveModel).source === 'tenant')
