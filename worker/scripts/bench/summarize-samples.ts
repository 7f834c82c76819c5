/** Summary of a series of measurements (all in the series' own unit). */
export type SampleSummary = { n: number; mean: number; p50: number; p95: number; p99: number; max: number }

/** The value at quantile `q` (0..1) of ascending `sorted`, by the nearest-rank method. */
export const quantileOf = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] as number
}

/** Mean, p50, p95, p99 and max of a series of samples. */
export const summarizeSamples = (samples: readonly number[]): SampleSummary => {
  const sorted = [...samples].sort((a, b) => a - b)
  const total = sorted.reduce((sum, value) => sum + value, 0)
  return {
    n: sorted.length,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
    p50: quantileOf(sorted, 0.5),
    p95: quantileOf(sorted, 0.95),
    p99: quantileOf(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  }
}
