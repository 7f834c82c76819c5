/** One stump: adds `below` to the log-odds when feature < threshold, `above` otherwise. */
export type Stump = { feature: number; threshold: number; below: number; above: number }

/** An additive model of stumps on the log-odds scale. */
export type StumpEnsemble = { bias: number; stumps: Stump[] }

/** Knobs of a boosting run. */
export type BoostOptions = { rounds: number; shrinkage: number; bins: number; l2: number; minHessian: number }

export const DEFAULT_BOOST_OPTIONS: BoostOptions = {
  rounds: 300,
  shrinkage: 0.1,
  bins: 32,
  l2: 1,
  minHessian: 5,
}

/** The log-odds of one row. */
export const stumpLogit = (model: StumpEnsemble, row: readonly number[]): number => {
  let z = model.bias
  for (const stump of model.stumps)
    z += (row[stump.feature] as number) < stump.threshold ? stump.below : stump.above
  return z
}

/** Distinct cut points at the feature's quantiles. */
const cutPoints = (values: number[], bins: number): number[] => {
  const sorted = [...values].sort((a, b) => a - b)
  const cuts = new Set<number>()
  for (let b = 1; b < bins; b++) cuts.add(sorted[Math.floor((b * sorted.length) / bins)] as number)
  return [...cuts].sort((a, b) => a - b)
}

/** Index of the first cut above `value` (the bin the value falls in). */
const binOf = (cuts: number[], value: number): number => {
  let low = 0
  let high = cuts.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((cuts[mid] as number) <= value) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Gradient boosting of stumps for the logistic loss (Newton leaf values, L2 on the leaves, shrinkage): an
 * additive model, so each feature's effect stays a readable step function and no interaction is learnt.
 */
export const fitBoostedStumps = (
  rows: number[][],
  labels: number[],
  options: BoostOptions = DEFAULT_BOOST_OPTIONS,
  weights: number[] = labels.map(() => 1),
): StumpEnsemble => {
  const n = rows.length
  const k = rows[0]?.length ?? 0
  const cuts = Array.from({ length: k }, (_, j) =>
    cutPoints(
      rows.map((row) => row[j] as number),
      options.bins,
    ),
  )
  const binned = rows.map((row) => row.map((value, j) => binOf(cuts[j]!, value)))
  const total = weights.reduce((sum, w) => sum + w, 0)
  const mean = labels.reduce((sum, y, i) => sum + y * (weights[i] as number), 0) / total
  const bias = Math.log(mean / (1 - mean))
  const z = new Float64Array(n).fill(bias)
  const stumps: Stump[] = []
  for (let round = 0; round < options.rounds; round++) {
    const g = new Float64Array(n)
    const h = new Float64Array(n)
    let gTotal = 0
    let hTotal = 0
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(z[i] as number)))
      g[i] = (weights[i] as number) * (p - (labels[i] as number))
      h[i] = (weights[i] as number) * p * (1 - p)
      gTotal += g[i] as number
      hTotal += h[i] as number
    }
    let best = { gain: 0, feature: -1, cut: 0, gBelow: 0, hBelow: 0 }
    for (let j = 0; j < k; j++) {
      const size = cuts[j]!.length + 1
      const gBin = new Float64Array(size)
      const hBin = new Float64Array(size)
      for (let i = 0; i < n; i++) {
        const b = binned[i]![j] as number
        gBin[b]! += g[i] as number
        hBin[b]! += h[i] as number
      }
      let gBelow = 0
      let hBelow = 0
      for (let c = 0; c < size - 1; c++) {
        gBelow += gBin[c] as number
        hBelow += hBin[c] as number
        const hAbove = hTotal - hBelow
        if (hBelow < options.minHessian || hAbove < options.minHessian) continue
        const gAbove = gTotal - gBelow
        const gain =
          (gBelow * gBelow) / (hBelow + options.l2) +
          (gAbove * gAbove) / (hAbove + options.l2) -
          (gTotal * gTotal) / (hTotal + options.l2)
        if (gain > best.gain) best = { gain, feature: j, cut: c, gBelow, hBelow }
      }
    }
    if (best.feature < 0) break
    const threshold = cuts[best.feature]![best.cut] as number
    const below = (-options.shrinkage * best.gBelow) / (best.hBelow + options.l2)
    const above = (-options.shrinkage * (gTotal - best.gBelow)) / (hTotal - best.hBelow + options.l2)
    stumps.push({ feature: best.feature, threshold, below, above })
    for (let i = 0; i < n; i++) z[i]! += (binned[i]![best.feature] as number) <= best.cut ? below : above
  }
  return { bias, stumps: mergeStumps(stumps) }
}

/** Stumps on the same feature and threshold summed into one. */
const mergeStumps = (stumps: Stump[]): Stump[] => {
  const merged = new Map<string, Stump>()
  for (const stump of stumps) {
    const key = `${stump.feature}:${stump.threshold}`
    const seen = merged.get(key)
    if (seen) {
      seen.below += stump.below
      seen.above += stump.above
    } else merged.set(key, { ...stump })
  }
  return [...merged.values()]
}
