import type { AnalyticsDay } from '@deskmate/shared'
import { formatNumber } from '../format/format-number.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import {
  DECISION_SERIES,
  decisionBars,
  decisionRows,
  sentimentLine,
  type DecisionSeries,
} from './analytics-charts.ts'
import { DataTable } from './data-table.tsx'

const BARS = { width: 600, height: 160 }
const LINE = { width: 600, height: 100 }

/** Where a chart's parts take their look: the figure's class (its `ul` is the legend, its `table` the numbers). */
export type ChartLook = { className?: string | undefined; tableClassName?: string | undefined }

/**
 * Decisions per day as stacked bars (auto-replied, draft notes, escalated) in the helpdesk's colours, a legend
 * hidden from screen readers, and the numbers as a table for them.
 */
export const DecisionsChart = ({
  series,
  colors,
  className,
  tableClassName,
}: ChartLook & { series: readonly AnalyticsDay[]; colors: Record<DecisionSeries, string> }) => {
  const { t } = useI18n()
  const title = t('console.analytics.decisionsChart')
  return (
    <figure className={className}>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${BARS.width} ${BARS.height}`}
        width="100%"
        height={BARS.height}
      >
        {decisionBars(series, BARS).map(({ day, bars }) => (
          <g key={day}>
            {bars.map(({ key, ...bar }) => (
              <rect key={key} {...bar} fill={colors[key]} />
            ))}
          </g>
        ))}
      </svg>
      <ul aria-hidden="true">
        {DECISION_SERIES.map((key) => (
          <li key={key}>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                marginRight: 4,
                background: colors[key],
              }}
            />
            {t(`console.analytics.${key}`)}
          </li>
        ))}
      </ul>
      <DataTable
        className={tableClassName}
        caption={title}
        columns={['day', 'decisions', ...DECISION_SERIES].map((key) => t(`console.analytics.${key}`))}
        rows={decisionRows(series).map(({ day, cells }) => ({ key: day, header: day, cells }))}
      />
    </figure>
  )
}

/** The mean sentiment (−1 … 1) per day as a line, with its table for screen readers; nothing without any. */
export const SentimentChart = ({
  series,
  color,
  axisColor,
  className,
  tableClassName,
}: ChartLook & { series: readonly AnalyticsDay[]; color: string; axisColor: string }) => {
  const { t, language } = useI18n()
  const { days, points } = sentimentLine(series, LINE)
  const title = t('console.analytics.sentimentChart')
  if (days.length === 0) return null
  return (
    <figure className={className}>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${LINE.width} ${LINE.height}`}
        width="100%"
        height={LINE.height}
      >
        <line x1={0} x2={LINE.width} y1={LINE.height / 2} y2={LINE.height / 2} stroke={axisColor} />
        <polyline points={points} fill="none" stroke={color} strokeWidth={2} />
      </svg>
      <DataTable
        className={tableClassName}
        caption={title}
        columns={[t('console.analytics.day'), t('console.analytics.sentiment')]}
        rows={days.map((day) => ({
          key: day.day,
          header: day.day,
          cells: [formatNumber(day.sentiment, language, 2)],
        }))}
      />
    </figure>
  )
}
