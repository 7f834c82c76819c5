import { describe, expect, it } from 'vitest'
import { createRandom } from './random.ts'
import { fitSquaredHinge } from './fit-hinge.ts'
import type { SparseVector } from './linear-model.ts'

const vector = (entries: [number, number][]): SparseVector => ({
  rows: Int32Array.from(entries.map(([row]) => row)),
  values: Float32Array.from(entries.map(([, value]) => value)),
})

const score = (
  model: { weights: Float32Array; bias: Float32Array },
  x: SparseVector,
  label: number,
  k: number,
) => {
  let sum = model.bias[label] as number
  x.rows.forEach((row, i) => (sum += (model.weights[row * k + label] as number) * (x.values[i] as number)))
  return sum
}

describe('fitSquaredHinge', () => {
  it('separates three classes that each own a feature', () => {
    const xs = [
      vector([[0, 1]]),
      vector([
        [0, 0.9],
        [3, 0.1],
      ]),
      vector([[1, 1]]),
      vector([
        [1, 0.8],
        [3, 0.2],
      ]),
      vector([[2, 1]]),
      vector([
        [2, 0.7],
        [3, 0.3],
      ]),
    ]
    const y = Int32Array.from([0, 0, 1, 1, 2, 2])
    const model = fitSquaredHinge(xs, y, 3, 4, 1, createRandom(7))
    xs.forEach((x, i) => {
      const scores = [0, 1, 2].map((label) => score(model, x, label, 3))
      expect(scores.indexOf(Math.max(...scores))).toBe(y[i])
    })
  })
})
