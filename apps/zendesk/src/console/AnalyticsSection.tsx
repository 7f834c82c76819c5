import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Select } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { LG, MD } from '@zendeskgarden/react-typography'
import {
  ANALYTICS_RANGES,
  describeReason,
  formatNumber,
  formatPercent,
  formatUsd,
  useI18n,
  useInsightWords,
  type AnalyticsRange,
  type AnalyticsState,
} from '@deskmate/app-core'
import { REASON_TEXT, reasonText, type AnalyticsResponse, type ReasonCode } from '@deskmate/shared'
import { CountTable } from './CountTable.tsx'
import { CsatTable } from './CsatTable.tsx'
import { DecisionsChart } from './DecisionsChart.tsx'
import { KnowledgeGapsList } from './KnowledgeGapsList.tsx'
import { SentimentChart } from './SentimentChart.tsx'

const Figures = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
  gap: ${(p) => p.theme.space.sm};
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

const Summary = ({ data }: { data: AnalyticsResponse }) => {
  const { t, language } = useI18n()
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, language))
  const figures: Array<[string, string]> = [
    [t('console.analytics.decisions'), formatNumber(data.totals.decisions, language)],
    [t('console.analytics.automationRate'), percent(data.totals.automationRate)],
    [t('console.analytics.escalated'), formatNumber(data.totals.escalated, language)],
    [t('console.analytics.slaCompliance'), percent(data.sla.compliance)],
    [t('console.analytics.slaAtRisk'), formatNumber(data.sla.atRisk, language)],
    [
      t('console.analytics.timeSaved'),
      t('console.analytics.hours', { h: formatNumber(data.timeSaved.minutes / 60, language, 1) }),
    ],
    [
      t('console.analytics.tokensPer1000'),
      data.llm.tokensPer1000Tickets === null ? '—' : formatNumber(data.llm.tokensPer1000Tickets, language),
    ],
    [
      t('console.analytics.costPer1000'),
      data.llm.costPer1000TicketsUsd === null ? '—' : formatUsd(data.llm.costPer1000TicketsUsd, language),
    ],
    [t('console.analytics.budgetShare'), percent(data.llm.budgetShare)],
  ]
  return (
    <>
      <Figures>
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </Figures>
      <p>
        {t('console.analytics.assumptions', {
          auto: String(data.timeSaved.minutesPerAutoReply),
          draft: String(data.timeSaved.minutesPerDraftNote),
          price: formatUsd(data.llm.usdPerMillionTokens, language),
        })}
      </p>
    </>
  )
}

const Breakdowns = ({ data }: { data: AnalyticsResponse }) => {
  const i18n = useI18n()
  const { t } = i18n
  const words = useInsightWords()
  const reason = (code: string) =>
    describeReason({ code, message: code in REASON_TEXT ? reasonText(code as ReasonCode) : code }, i18n)
  const articles = data.articles.map((article) => ({
    key: article.title ?? article.id,
    count: article.count,
  }))
  return (
    <>
      <CountTable caption={t('console.analytics.reasons')} rows={data.reasons} label={reason} />
      <CountTable
        caption={t('console.analytics.categories')}
        rows={data.categories}
        label={(key) => words.label('category', key)}
      />
      <CountTable
        caption={t('console.analytics.languages')}
        rows={data.languages}
        label={words.languageName}
      />
      <CountTable
        caption={t('console.analytics.sentiments')}
        rows={data.sentiments}
        label={(key) => t(`sentiment.${key}`)}
      />
      <CountTable caption={t('console.analytics.articles')} rows={articles} label={(key) => key} />
    </>
  )
}

/** Analytics: outcomes over time, reasons and mixes, SLA, KB use, LLM cost, time saved, and knowledge gaps. */
export const AnalyticsSection = ({
  state,
  tenantId,
}: {
  state: AnalyticsState
  tenantId?: string | undefined
}) => {
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
          <Summary data={data} />
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
