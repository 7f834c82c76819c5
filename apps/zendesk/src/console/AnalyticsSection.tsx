import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Select } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { LG, MD } from '@zendeskgarden/react-typography'
import {
  ANALYTICS_RANGES,
  AnalyticsFigures,
  useAnalyticsBreakdowns,
  useI18n,
  type AnalyticsRange,
  type AnalyticsSectionProps,
} from '@deskmate/app-core'
import type { AnalyticsResponse } from '@deskmate/shared'
import { CountTable } from './CountTable.tsx'
import { CsatTable } from './CsatTable.tsx'
import { DecisionsChart } from './DecisionsChart.tsx'
import { KnowledgeGapsList } from './KnowledgeGapsList.tsx'
import { SentimentChart } from './SentimentChart.tsx'

const Figures = styled(AnalyticsFigures)`
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
    gap: ${(p) => p.theme.space.sm};
  }
  dd {
    margin: 0;
    font-size: ${(p) => p.theme.fontSizes.lg};
  }
`

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${(p) => p.theme.space.sm};
`

const Breakdowns = ({ data }: { data: AnalyticsResponse }) => (
  <>
    {useAnalyticsBreakdowns(data).map((breakdown) => (
      <CountTable key={breakdown.caption} breakdown={breakdown} />
    ))}
  </>
)

/** Analytics: outcomes over time, reasons and mixes, SLA, KB use, LLM cost, time saved, and knowledge gaps. */
export const AnalyticsSection = ({ state, tenantId }: AnalyticsSectionProps) => {
  const { t } = useI18n()
  const { analytics } = state
  const data = analytics.value
  return (
    <section aria-labelledby="analytics-title" aria-busy={analytics.isLoading}>
      <LG tag="h2" id="analytics-title">
        {t('console.analytics.title')}
      </LG>
      <Row>
        <Field>
          <Field.Label>{t('console.analytics.range')}</Field.Label>
          <Select
            isCompact
            value={String(state.days)}
            onChange={(event) => state.setDays(Number(event.target.value) as AnalyticsRange)}
          >
            {ANALYTICS_RANGES.map((days) => (
              <option key={days} value={days}>
                {t('console.analytics.lastDays', { days: String(days) })}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" onClick={state.refresh}>
          {t('console.analytics.refresh')}
        </Button>
      </Row>
      {analytics.error ? (
        <Alert type="error">
          <Alert.Paragraph>
            {t('console.analytics.loadError', { error: analytics.error.message })}
          </Alert.Paragraph>
        </Alert>
      ) : data === null ? (
        <p role="status">{t('console.analytics.loading')}</p>
      ) : data.totals.decisions === 0 ? (
        <p>{t('console.analytics.empty')}</p>
      ) : (
        <>
          <Figures data={data} />
          <MD tag="h3">{t('console.analytics.overTime')}</MD>
          <DecisionsChart series={data.series} />
          <SentimentChart series={data.series} />
          <Breakdowns data={data} />
          <CsatTable csat={data.csat} />
        </>
      )}
      <KnowledgeGapsList gaps={state.gaps} tenantId={tenantId} />
    </section>
  )
}
