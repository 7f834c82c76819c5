import type { AnalyticsResponse } from '@deskmate/shared'
import {
  ANALYTICS_RANGES,
  AnalyticsFigures,
  DataTable,
  useBreakdownTable,
  useAnalyticsBreakdowns,
  useCsatTable,
  useI18n,
  type AnalyticsRange,
  type AnalyticsSectionProps,
  type Breakdown,
} from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { DecisionsChart, SentimentChart } from './AnalyticsCharts.tsx'
import { SelectField } from './ConsoleFields.tsx'
import { ConsoleSection, SubHeading } from './ConsoleSection.tsx'
import { KnowledgeGapsList } from './KnowledgeGapsList.tsx'

/** A breakdown as a table of counts and shares, largest first. */
const BreakdownTable = ({ breakdown }: { breakdown: Breakdown }) => (
  <DataTable className="fd-table" {...useBreakdownTable(breakdown)} />
)

/** CSAT of auto-answered vs human-answered tickets, from the helpdesk's satisfaction ratings. */
const CsatTable = ({ csat }: { csat: AnalyticsResponse['csat'] }) => {
  const { title, table, note } = useCsatTable(csat)
  return (
    <>
      <SubHeading>{title}</SubHeading>
      {table ? <DataTable className="fd-table" {...table} /> : null}
      <p>{note}</p>
    </>
  )
}

const Figures = ({ data }: { data: AnalyticsResponse }) => {
  const { t } = useI18n()
  const breakdowns = useAnalyticsBreakdowns(data)
  return (
    <>
      <AnalyticsFigures className="fd-figures" data={data} />
      <SubHeading>{t('console.analytics.overTime')}</SubHeading>
      <DecisionsChart series={data.series} />
      <SentimentChart series={data.series} />
      {breakdowns.map((breakdown) => (
        <BreakdownTable key={breakdown.caption} breakdown={breakdown} />
      ))}
      <CsatTable csat={data.csat} />
    </>
  )
}

/** Analytics: outcomes over time, reasons and mixes, SLA, KB use, LLM cost, time saved, and knowledge gaps. */
export const AnalyticsSection = ({ state, tenantId }: AnalyticsSectionProps) => {
  const { t } = useI18n()
  const { analytics } = state
  const data = analytics.value
  return (
    <ConsoleSection title={t('console.analytics.title')} isBusy={analytics.isLoading}>
      <div className="fd-filters">
        <SelectField
          label={t('console.analytics.range')}
          value={String(state.days)}
          onChange={(value) => state.setDays(Number(value) as AnalyticsRange)}
          options={ANALYTICS_RANGES.map((days) => ({
            value: String(days),
            label: t('console.analytics.lastDays', { days: String(days) }),
          }))}
        />
        <Button onClick={state.refresh}>{t('console.analytics.refresh')}</Button>
      </div>
      {analytics.error ? (
        <Notice tone="error" title={t('console.analytics.loadError', { error: analytics.error.message })} />
      ) : data === null ? (
        <LoadingState label={t('console.analytics.loading')} />
      ) : data.totals.decisions === 0 ? (
        <EmptyState label={t('console.analytics.empty')} />
      ) : (
        <Figures data={data} />
      )}
      <KnowledgeGapsList gaps={state.gaps} tenantId={tenantId} />
    </ConsoleSection>
  )
}
