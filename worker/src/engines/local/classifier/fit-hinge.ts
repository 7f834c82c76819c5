import type { SparseVector } from './linear-model.ts'
import { shuffle } from './random.ts'

const MAX_PASSES = 30
const TOLERANCE = 0.01

/**
 * Fits one-vs-rest linear SVMs with squared hinge loss by dual coordinate descent (the LIBLINEAR solver) and
 * returns vocabulary-rows × labels weights plus one bias per label (the bias is an extra constant feature).
 */
export const fitSquaredHinge = (
  xs: SparseVector[],
  y: Int32Array,
  k: number,
  rows: number,
  cost: number,
  random: () => number,
): { weights: Float32Array; bias: Float32Array } => {
  const weights = new Float32Array(rows * k)
  const bias = new Float32Array(k)
  const diagonal = 0.5 / cost
  const norms = Float64Array.from(xs, (x) => {
    let sum = 1
    for (const value of x.values) sum += value * value
    return sum + diagonal
  })
  const order = Int32Array.from(xs.keys())
  const w = new Float64Array(rows)
  const alpha = new Float64Array(xs.length)
  for (let c = 0; c < k; c++) {
    w.fill(0)
    alpha.fill(0)
    let b = 0
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      shuffle(order, random)
      let largestStep = 0
      for (const index of order) {
        const x = xs[index] as SparseVector
        const sign = y[index] === c ? 1 : -1
        let margin = b
        for (let i = 0; i < x.rows.length; i++)
          margin += (w[x.rows[i] as number] as number) * (x.values[i] as number)
        const old = alpha[index] as number
        const gradient = margin * sign - 1 + diagonal * old
        const projected = old === 0 ? Math.min(gradient, 0) : gradient
        largestStep = Math.max(largestStep, Math.abs(projected))
        if (projected === 0) continue
        const next = Math.max(old - gradient / (norms[index] as number), 0)
        alpha[index] = next
        const delta = (next - old) * sign
        for (let i = 0; i < x.rows.length; i++) w[x.rows[i] as number]! += delta * (x.values[i] as number)
        b += delta
      }
      if (largestStep < TOLERANCE) break
    }
    for (let row = 0; row < rows; row++) weights[row * k + c] = w[row] as number
    bias[c] = b
  }
  return { weights, bias }
}
