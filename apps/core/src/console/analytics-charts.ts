import type { AnalyticsDay } from '@deskmate/shared'

/** The decisions chart's stacked series, bottom first (each is also its label's catalog key). */
export const DECISION_SERIES = ['autoReplied', 'draftNoted', 'escalated'] as const
export type DecisionSeries = (typeof DECISION_SERIES)[number]

/** One bar piece of the decisions chart, in the SVG's user units. */
export type ChartBar = { key: DecisionSeries; x: number; y: number; width: number; height: number }

/** A chart's drawing area in SVG user units. */
export type ChartBox = { width: number; height: number }

/**
 * Decisions per day as stacked bars: one slot per day, each series' share of the busiest day's height.
 * @example decisionBars([{ day: 'd', decisions: 2, autoReplied: 1, draftNoted: 0, escalated: 1, sentiment: null }], { width: 10, height: 10 })[0].bars[0].height // 5
 */
export const decisionBars = (
  series: readonly AnalyticsDay[],
  box: ChartBox,
): Array<{ day: string; bars: ChartBar[] }> => {
  const max = Math.max(1, ...series.map((day) => day.decisions))
  const slot = box.width / Math.max(1, series.length)
  return series.map((day, i) => {
    let top = box.height
    const bars = DECISION_SERIES.map((key) => {
      const height = (day[key] / max) * box.height
      top -= height
      return { key, x: i * slot + 1, y: top, width: Math.max(1, slot - 2), height }
    })
    return { day: day.day, bars }
  })
}

/** The decisions chart's numbers per day, for its screen-reader table: all decisions, then each series. */
export const decisionRows = (series: readonly AnalyticsDay[]): Array<{ day: string; cells: number[] }> =>
  series.map((day) => ({ day: day.day, cells: [day.decisions, ...DECISION_SERIES.map((key) => day[key])] }))

/**
 * The mean sentiment (−1 … 1) of the days that have one, as a polyline's points (1 at the top, −1 at the bottom).
 * @example sentimentLine([{ day: 'd', decisions: 1, autoReplied: 0, draftNoted: 0, escalated: 0, sentiment: 1 }], { width: 10, height: 10 }).points // '0,0'
 */
export const sentimentLine = (
  series: readonly AnalyticsDay[],
  box: ChartBox,
): { days: Array<{ day: string; sentiment: number }>; points: string } => {
  const days = series.flatMap((day) =>
    day.sentiment === null ? [] : [{ day: day.day, sentiment: day.sentiment }],
  )
  const step = box.width / Math.max(1, days.length - 1)
  const points = days.map((day, i) => `${i * step},${((1 - day.sentiment) / 2) * box.height}`).join(' ')
  return { days, points }
}
