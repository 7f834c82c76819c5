import { describe, expect, it } from 'vitest'
import { createRandom } from '../../src/engines/local/classifier/random.ts'
import { DEFAULT_BOOST_OPTIONS, fitBoostedStumps, stumpLogit } from './fit-boosted-stumps.ts'

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

describe('fitBoostedStumps', () => {
  // Feature 0 decides (P = 0.9 above 0.5, 0.1 below); feature 1 is noise.
  const random = createRandom(7)
  const rows = Array.from({ length: 4_000 }, () => [random(), random()])
  const labels: number[] = rows.map((row) => (random() < ((row[0] as number) >= 0.5 ? 0.9 : 0.1) ? 1 : 0))
  const model = fitBoostedStumps(rows, labels)

  it('learns the step of the deciding feature and its probabilities on each side', () => {
    expect(sigmoid(stumpLogit(model, [0.8, 0.5]))).toBeCloseTo(0.9, 1)
    expect(sigmoid(stumpLogit(model, [0.2, 0.5]))).toBeCloseTo(0.1, 1)
    const split = model.stumps.filter((stump) => stump.feature === 0).map((stump) => stump.threshold)
    expect(split.some((threshold) => Math.abs(threshold - 0.5) < 0.05)).toBe(true)
  })

  it('gives the noise feature almost no say', () => {
    for (const x of [0.2, 0.8]) {
      const spread = Math.abs(stumpLogit(model, [x, 0.05]) - stumpLogit(model, [x, 0.95]))
      expect(spread).toBeLessThan(0.5)
    }
  })

  it('merges the steps it takes at the same feature and threshold', () => {
    const keys = model.stumps.map((stump) => `${stump.feature}:${stump.threshold}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('starts from the base rate and stops when no split gains', () => {
    const constant = fitBoostedStumps(
      rows.map(() => [1, 1]),
      labels,
      DEFAULT_BOOST_OPTIONS,
    )
    expect(constant.stumps).toEqual([])
    const rate = labels.reduce((sum, y) => sum + y, 0) / labels.length
    expect(sigmoid(constant.bias)).toBeCloseTo(rate, 6)
  })

  it('weighs rows: negatives counted twice halve the odds on each side', () => {
    const weighted = fitBoostedStumps(
      rows,
      labels,
      DEFAULT_BOOST_OPTIONS,
      labels.map((y) => (y === 1 ? 1 : 2)),
    )
    for (const x of [0.2, 0.8]) {
      const shift = stumpLogit(model, [x, 0.5]) - stumpLogit(weighted, [x, 0.5])
      expect(shift).toBeCloseTo(Math.log(2), 1)
    }
  })
})
