import { formatNumber, sentimentLine, useI18n } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'
import { ScreenReaderTable } from './DecisionsChart.tsx'

const BOX = { width: 600, height: 100 }

/** The mean sentiment (−1 … 1) per day as a line, with its table for screen readers. */
export const SentimentChart = ({ series }: { series: AnalyticsDay[] }) => {
  const { t, language } = useI18n()
  const { days, points } = sentimentLine(series, BOX)
  const title = t('console.analytics.sentimentChart')
  if (days.length === 0) return null
  return (
    <figure>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        height={BOX.height}
      >
        <line x1={0} x2={BOX.width} y1={BOX.height / 2} y2={BOX.height / 2} stroke="#d8dcde" />
        <polyline points={points} fill="none" stroke="#1f73b7" strokeWidth={2} />
      </svg>
      <ScreenReaderTable>
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
      </ScreenReaderTable>
    </figure>
  )
}
