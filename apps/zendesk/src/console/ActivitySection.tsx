import styled from 'styled-components'
import { Anchor, Button } from '@zendeskgarden/react-buttons'
import { Field, Input, Select } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { LG } from '@zendeskgarden/react-typography'
import { DECISIONS, type ActivityItem } from '@deskmate/shared'
import {
  ACTIVITY_CSV_NAME,
  downloadText,
  useActivityTable,
  useI18n,
  type ActivityFilters,
  type ActivityLogState,
} from '@deskmate/app-core'
import { ActivityTopicFilters } from './ActivityTopicFilters.tsx'
import { DataTableView } from './console-table.ts'

const Filters = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${(p) => p.theme.space.sm};
`

const link = (href: string, text: string) => (
  <Anchor href={href} target="_blank" isExternal>
    {text}
  </Anchor>
)

const ActivityTable = (props: { items: ActivityItem[]; tenantId?: string | undefined }) => (
  <DataTableView
    labelledBy="activity-title"
    {...useActivityTable(props.items, props.tenantId, { link, outcome: (_item, text) => text })}
  />
)

const FilterInput = (props: {
  label: string
  name: keyof ActivityFilters
  type?: string
  state: ActivityLogState
}) => (
  <Field>
    <Field.Label>{props.label}</Field.Label>
    <Input
      isCompact
      type={props.type ?? 'text'}
      value={props.state.filters[props.name] ?? ''}
      onChange={(event) => props.state.edit({ [props.name]: event.target.value })}
    />
  </Field>
)

/** Every decision, filterable, searchable, linked to its ticket, exportable as CSV. */
export const ActivitySection = ({
  state,
  tenantId,
  categories = [],
}: {
  state: ActivityLogState
  tenantId?: string
  /** The tenant's categories, for the category filter. */
  categories?: readonly string[]
}) => {
  const { t } = useI18n()
  return (
    <section aria-labelledby="activity-title">
      <LG tag="h2" id="activity-title">
        {t('console.activity.title')}
      </LG>
      <Filters
        onSubmit={(event) => {
          event.preventDefault()
          state.apply()
        }}
      >
        <Field>
          <Field.Label>{t('console.activity.outcome')}</Field.Label>
          <Select
            isCompact
            value={state.filters.decision}
            onChange={(event) => state.edit({ decision: event.target.value })}
          >
            <option value="">{t('console.activity.any')}</option>
            {DECISIONS.map((decision) => (
              <option key={decision} value={decision}>
                {t(`automation.decision.${decision}`)}
              </option>
            ))}
          </Select>
        </Field>
        <FilterInput label={t('console.activity.reason')} name="reason" state={state} />
        <ActivityTopicFilters state={state} categories={categories} />
        <FilterInput label={t('console.activity.from')} name="from" type="date" state={state} />
        <FilterInput label={t('console.activity.to')} name="to" type="date" state={state} />
        <FilterInput label={t('console.activity.search')} name="q" state={state} />
        <Button type="submit" size="small">
          {t('console.activity.apply')}
        </Button>
        <Button
          size="small"
          onClick={() => void state.exportCsv().then((csv) => downloadText(csv, ACTIVITY_CSV_NAME))}
        >
          {t('console.activity.export')}
        </Button>
      </Filters>
      {state.error ? (
        <Alert type="error">
          <Alert.Paragraph>{state.error.message}</Alert.Paragraph>
        </Alert>
      ) : null}
      {state.items && state.items.length === 0 ? <p>{t('console.activity.empty')}</p> : null}
      {state.items && state.items.length > 0 ? (
        <ActivityTable items={state.items} tenantId={tenantId} />
      ) : null}
    </section>
  )
}
