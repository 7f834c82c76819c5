import styled from 'styled-components'
import { useI18n } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'
import { Table } from './console-table.ts'

/** The series' colours (Garden's palette), each with its catalog key. */
const SERIES = [
  { key: 'autoReplied', color: '#038153' },
  { key: 'draftNoted', color: '#1f73b7' },
  { key: 'escalated', color: '#cc3340' },
] as const

const WIDTH = 600
const HEIGHT = 160

/** A table shown only to screen readers: the chart's numbers. */
export const ScreenReaderTable = styled(Table)`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`

const Legend = styled.ul`
  display: flex;
  gap: ${(p) => p.theme.space.md};
  list-style: none;
  padding: 0;
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
`

const Swatch = styled.span<{ $color: string }>`
  display: inline-block;
  width: 10px;
  height: 10px;
  margin-right: 4px;
  background: ${(p) => p.$color};
`

/** Decisions per day as stacked bars (auto-replied, draft notes, escalated), with their table for screen readers. */
export const DecisionsChart = ({ series }: { series: AnalyticsDay[] }) => {
  const { t } = useI18n()
  const max = Math.max(1, ...series.map((day) => day.decisions))
  const slot = WIDTH / Math.max(1, series.length)
  const title = t('console.analytics.decisionsChart')
  return (
    <figure>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT}>
        {series.map((day, i) => {
          let top = HEIGHT
          return (
            <g key={day.day}>
              {SERIES.map(({ key, color }) => {
                const height = (day[key] / max) * HEIGHT
                top -= height
                return (
                  <rect
                    key={key}
                    x={i * slot + 1}
                    y={top}
                    width={Math.max(1, slot - 2)}
                    height={height}
                    fill={color}
                  />
                )
              })}
            </g>
          )
        })}
      </svg>
      <Legend aria-hidden="true">
        {SERIES.map(({ key, color }) => (
          <li key={key}>
            <Swatch $color={color} />
            {t(`console.analytics.${key}`)}
          </li>
        ))}
      </Legend>
      <ScreenReaderTable>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.analytics.day')}</th>
            <th scope="col">{t('console.analytics.decisions')}</th>
            {SERIES.map(({ key }) => (
              <th scope="col" key={key}>
                {t(`console.analytics.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{day.decisions}</td>
              {SERIES.map(({ key }) => (
                <td key={key}>{day[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScreenReaderTable>
    </figure>
  )
}
