import { describe, expect, it } from 'vitest'
import type { AnalyticsDay } from '@deskmate/shared'
import { decisionBars, decisionRows, sentimentLine } from './analytics-charts.ts'

const day = (name: string, counts: [number, number, number], sentiment: number | null): AnalyticsDay => ({
  day: name,
  decisions: counts[0] + counts[1] + counts[2] + 1,
  autoReplied: counts[0],
  draftNoted: counts[1],
  escalated: counts[2],
  sentiment,
})

const SERIES = [day('d1', [2, 1, 0], 0.5), day('d2', [0, 0, 1], null), day('d3', [1, 0, 0], -1)]

describe('the analytics charts’ geometry', () => {
  it('stacks each day’s outcomes from the bottom, scaled to the busiest day, one slot per day', () => {
    const [first, second] = decisionBars(SERIES, { width: 300, height: 100 })
    // The busiest day has 4 decisions (one skipped): 2 auto-replies fill half the height.
    expect(first!.bars.map(({ key, y, height }) => [key, y, height])).toEqual([
      ['autoReplied', 50, 50],
      ['draftNoted', 25, 25],
      ['escalated', 25, 0],
    ])
    expect(second!.bars.map((bar) => [bar.x, bar.width])).toEqual([
      [101, 98],
      [101, 98],
      [101, 98],
    ])
  })

  it('gives the table each day’s decisions and outcomes', () => {
    expect(decisionRows(SERIES)[0]).toEqual({ day: 'd1', cells: [4, 2, 1, 0] })
  })

  it('draws the sentiment of the days that have one, 1 at the top and −1 at the bottom', () => {
    const line = sentimentLine(SERIES, { width: 300, height: 100 })
    expect(line.days.map((d) => d.day)).toEqual(['d1', 'd3'])
    expect(line.points).toBe('0,25 300,100')
  })

  it('draws nothing for an empty period', () => {
    expect(decisionBars([], { width: 300, height: 100 })).toEqual([])
    expect(sentimentLine([], { width: 300, height: 100 })).toEqual({ days: [], points: '' })
  })
})
