import { formatNumber, useI18n } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'
import { ScreenReaderTable } from './DecisionsChart.tsx'

const WIDTH = 600
const HEIGHT = 100

/** The mean sentiment (−1 … 1) per day as a line, with its table for screen readers. */
export const SentimentChart = ({ series }: { series: AnalyticsDay[] }) => {
  const { t, language } = useI18n()
  const days = series.filter((day) => day.sentiment !== null)
  const step = WIDTH / Math.max(1, days.length - 1)
  const points = days.map((day, i) => `${i * step},${((1 - (day.sentiment ?? 0)) / 2) * HEIGHT}`).join(' ')
  const title = t('console.analytics.sentimentChart')
  if (days.length === 0) return null
  return (
    <figure>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT}>
        <line x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#d8dcde" />
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
              <td>{formatNumber(day.sentiment ?? 0, language, 2)}</td>
            </tr>
          ))}
        </tbody>
      </ScreenReaderTable>
    </figure>
  )
}
