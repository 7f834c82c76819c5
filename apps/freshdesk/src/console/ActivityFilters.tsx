import { DECISIONS, SUPPORTED_LANGUAGES } from '@deskmate/shared'
import {
  ACTIVITY_CSV_NAME,
  downloadText,
  useI18n,
  useInsightWords,
  type ActivityFilters as Filters,
  type ActivityLogState,
} from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { SelectField, TextField } from './ConsoleFields.tsx'

/** Props of ActivityFilters. */
export type ActivityFiltersProps = { state: ActivityLogState; categories: readonly string[] }

/** The activity log's filters (outcome, reason, category, language, dates, words), Apply and the CSV export. */
export const ActivityFilters = ({ state, categories }: ActivityFiltersProps) => {
  const { t, has } = useI18n()
  const words = useInsightWords()
  const any = { value: '', label: t('console.activity.any') }
  const select = (name: 'decision' | 'category' | 'language', label: string, options: SelectOption[]) => (
    <SelectField
      label={label}
      value={state.filters[name] ?? ''}
      onChange={(value) => state.edit({ [name]: value })}
      options={[any, ...options]}
    />
  )
  const text = (name: keyof Filters, label: string, type: 'text' | 'date' = 'text') => (
    <TextField
      label={label}
      type={type}
      value={state.filters[name] ?? ''}
      onChange={(value) => state.edit({ [name]: value })}
    />
  )
  return (
    <form
      className="fd-filters"
      onSubmit={(event) => {
        event.preventDefault()
        state.apply()
      }}
    >
      {select(
        'decision',
        t('console.activity.outcome'),
        DECISIONS.map((value) => ({ value, label: t(`automation.decision.${value}`) })),
      )}
      {text('reason', t('console.activity.reason'))}
      {select(
        'category',
        t('console.activity.category'),
        categories.map((value) => ({
          value,
          label: has(`category.${value}`) ? t(`category.${value}`) : value,
        })),
      )}
      {select(
        'language',
        t('console.activity.language'),
        SUPPORTED_LANGUAGES.map((value) => ({ value, label: words.languageName(value) })),
      )}
      {text('from', t('console.activity.from'), 'date')}
      {text('to', t('console.activity.to'), 'date')}
      {text('q', t('console.activity.search'))}
      <Button type="submit" variant="primary">
        {t('console.activity.apply')}
      </Button>
      <Button onClick={() => void state.exportCsv().then((csv) => downloadText(csv, ACTIVITY_CSV_NAME))}>
        {t('console.activity.export')}
      </Button>
    </form>
  )
}

type SelectOption = { value: string; label: string }
