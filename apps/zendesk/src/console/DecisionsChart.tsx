import styled from 'styled-components'
import { DECISION_SERIES, decisionBars, decisionRows, useI18n, type DecisionSeries } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'
import { Table } from './console-table.ts'

/** The series' colours (Garden's palette). */
const COLORS: Record<DecisionSeries, string> = {
  autoReplied: '#038153',
  draftNoted: '#1f73b7',
  escalated: '#cc3340',
}

const BOX = { width: 600, height: 160 }

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
  const title = t('console.analytics.decisionsChart')
  return (
    <figure>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        height={BOX.height}
      >
        {decisionBars(series, BOX).map(({ day, bars }) => (
          <g key={day}>
            {bars.map(({ key, ...bar }) => (
              <rect key={key} {...bar} fill={COLORS[key]} />
            ))}
          </g>
        ))}
      </svg>
      <Legend aria-hidden="true">
        {DECISION_SERIES.map((key) => (
          <li key={key}>
            <Swatch $color={COLORS[key]} />
            {t(`console.analytics.${key}`)}
          </li>
        ))}
      </Legend>
      <ScreenReaderTable>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.analytics.day')}</th>
            {['decisions', ...DECISION_SERIES].map((key) => (
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
      </ScreenReaderTable>
    </figure>
  )
}
