import { Field, Select } from '@zendeskgarden/react-forms'
import { SUPPORTED_LANGUAGES } from '@deskmate/shared'
import { useI18n, useInsightWords, type ActivityLogState } from '@deskmate/app-core'

/** The activity log's category (the tenant's taxonomy) and language filters. */
export const ActivityTopicFilters = (props: { state: ActivityLogState; categories: readonly string[] }) => {
  const { t, has } = useI18n()
  const words = useInsightWords()
  const { state } = props
  return (
    <>
      <Field>
        <Field.Label>{t('console.activity.category')}</Field.Label>
        <Select
          isCompact
          value={state.filters.category ?? ''}
          onChange={(event) => state.edit({ category: event.target.value })}
        >
          <option value="">{t('console.activity.any')}</option>
          {props.categories.map((category) => (
            <option key={category} value={category}>
              {has(`category.${category}`) ? t(`category.${category}`) : category}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{t('console.activity.language')}</Field.Label>
        <Select
          isCompact
          value={state.filters.language ?? ''}
          onChange={(event) => state.edit({ language: event.target.value })}
        >
          <option value="">{t('console.activity.any')}</option>
          {SUPPORTED_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {words.languageName(language)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  )
}
