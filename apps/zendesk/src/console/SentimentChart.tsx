import styled from 'styled-components'
import { SentimentChart as Chart } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'
import { chartStyles } from './console-table.ts'

const Styled = styled(Chart)`
  ${chartStyles}
`

/** The mean sentiment (−1 … 1) per day as a line, with its table for screen readers. */
export const SentimentChart = ({ series }: { series: AnalyticsDay[] }) => (
  <Styled series={series} color="#1f73b7" axisColor="#d8dcde" />
)
