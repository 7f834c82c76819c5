import {
  DECISION_SERIES,
  decisionBars,
  decisionRows,
  formatNumber,
  sentimentLine,
  useI18n,
  type DecisionSeries,
} from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'

/** The series' colours (Crayons' palette). */
const COLORS: Record<DecisionSeries, string> = {
  autoReplied: '#00a886',
  draftNoted: '#2c5cc5',
  escalated: '#d72d30',
}

const BARS = { width: 600, height: 160 }
const LINE = { width: 600, height: 100 }

/** Decisions per day as stacked bars (auto-replied, draft notes, escalated), with their table for screen readers. */
export const DecisionsChart = ({ series }: { series: AnalyticsDay[] }) => {
  const { t } = useI18n()
  const title = t('console.analytics.decisionsChart')
  return (
    <figure className="fd-chart">
      <svg role="img" aria-label={title} viewBox={`0 0 ${BARS.width} ${BARS.height}`} width="100%">
        {decisionBars(series, BARS).map(({ day, bars }) => (
          <g key={day}>
            {bars.map(({ key, ...bar }) => (
              <rect key={key} {...bar} fill={COLORS[key]} />
            ))}
          </g>
        ))}
      </svg>
      <ul className="fd-legend" aria-hidden="true">
        {DECISION_SERIES.map((key) => (
          <li key={key}>
            <span className="fd-swatch" style={{ background: COLORS[key] }} />
            {t(`console.analytics.${key}`)}
          </li>
        ))}
      </ul>
      <table className="fd-table fd-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            {['day', 'decisions', ...DECISION_SERIES].map((key) => (
              <th scope="col" key={key}>
                {t(`console.analytics.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {decisionRows(series).map(({ day, cells }) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

/** The mean sentiment (−1 … 1) per day as a line, with its table for screen readers; nothing without any. */
export const SentimentChart = ({ series }: { series: AnalyticsDay[] }) => {
  const { t, language } = useI18n()
  const { days, points } = sentimentLine(series, LINE)
  const title = t('console.analytics.sentimentChart')
  if (days.length === 0) return null
  return (
    <figure className="fd-chart">
      <svg role="img" aria-label={title} viewBox={`0 0 ${LINE.width} ${LINE.height}`} width="100%">
        <line x1={0} x2={LINE.width} y1={LINE.height / 2} y2={LINE.height / 2} stroke="#cfd7df" />
        <polyline points={points} fill="none" stroke="#2c5cc5" strokeWidth={2} />
      </svg>
      <table className="fd-table fd-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.analytics.day')}</th>
            <th scope="col">{t('console.analytics.sentiment')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{formatNumber(day.sentiment, language, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
