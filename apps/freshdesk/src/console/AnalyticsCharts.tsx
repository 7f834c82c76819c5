import { DecisionsChart as Bars, SentimentChart as Line } from '@deskmate/app-core'
import type { AnalyticsDay } from '@deskmate/shared'

/** The series' colours (Crayons' palette). */
const COLORS = { autoReplied: '#00a886', draftNoted: '#2c5cc5', escalated: '#d72d30' }

const LOOK = { className: 'fd-chart', tableClassName: 'fd-table fd-visually-hidden' }

/** Decisions per day as stacked bars (auto-replied, draft notes, escalated), with their table for screen readers. */
export const DecisionsChart = ({ series }: { series: AnalyticsDay[] }) => (
  <Bars series={series} colors={COLORS} {...LOOK} />
)

/** The mean sentiment (−1 … 1) per day as a line, with its table for screen readers; nothing without any. */
export const SentimentChart = ({ series }: { series: AnalyticsDay[] }) => (
  <Line series={series} color="#2c5cc5" axisColor="#cfd7df" {...LOOK} />
)
