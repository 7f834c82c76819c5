import styled from 'styled-components'
import { DecisionsChart as Chart } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'
import { chartStyles } from './console-table.ts'

/** The series' colours (Garden's palette). */
const COLORS = { autoReplied: '#038153', draftNoted: '#1f73b7', escalated: '#cc3340' }

const Styled = styled(Chart)`
  ${chartStyles}
`

/** Decisions per day as stacked bars (auto-replied, draft notes, escalated), with their table for screen readers. */
export const DecisionsChart = ({ series }: { series: AnalyticsDay[] }) => (
  <Styled series={series} colors={COLORS} />
)
