import type { SparseVector } from './linear-model.ts'
import { shuffle } from './random.ts'

/** Knobs of the SGD softmax trainer. */
export type SoftmaxOptions = {
  epochs: number
  /** L2 regularization strength. */
  lambda: number
  learningRate: number
  /** Weight rare classes up so macro-F1 does not collapse onto the majority class. */
  balanced: boolean
}

const classWeights = (y: Int32Array, k: number, isBalanced: boolean): Float64Array => {
  const weights = new Float64Array(k).fill(1)
  if (!isBalanced) return weights
  const counts = new Float64Array(k)
  for (const label of y) counts[label]! += 1
  for (let c = 0; c < k; c++)
    weights[c] = (counts[c] as number) > 0 ? y.length / (k * (counts[c] as number)) : 1
  return weights
}

/**
 * Fits multinomial logistic regression by SGD with L2 (scaled-weights trick) and per-epoch averaging; returns
 * vocabulary-rows × labels weights plus one bias per label.
 */
export const fitSoftmax = (
  xs: SparseVector[],
  y: Int32Array,
  k: number,
  rows: number,
  options: SoftmaxOptions,
  random: () => number,
): { weights: Float32Array; bias: Float32Array } => {
  const w = new Float64Array(rows * k)
  const bias = new Float64Array(k)
  const cw = classWeights(y, k, options.balanced)
  const order = Int32Array.from(xs.keys())
  const p = new Float64Array(k)
  const averageW = new Float64Array(w.length)
  const averageBias = new Float64Array(k)
  let averaged = 0
  let scale = 1
  let t = 0
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random)
    for (const index of order) {
      const x = xs[index] as SparseVector
      const target = y[index] as number
      const lr = options.learningRate / (1 + options.learningRate * options.lambda * t++)
      scale *= 1 - lr * options.lambda
      if (scale < 1e-9) {
        for (let i = 0; i < w.length; i++) w[i]! *= scale
        scale = 1
      }
      p.set(bias)
      for (let i = 0; i < x.rows.length; i++) {
        const base = (x.rows[i] as number) * k
        const value = (x.values[i] as number) * scale
        for (let c = 0; c < k; c++) p[c]! += value * (w[base + c] as number)
      }
      let max = -Infinity
      for (const s of p) if (s > max) max = s
      let sum = 0
      for (let c = 0; c < k; c++) sum += p[c] = Math.exp((p[c] as number) - max)
      const weight = cw[target] as number
      for (let c = 0; c < k; c++)
        p[c] = (((p[c] as number) / sum - (c === target ? 1 : 0)) * weight * lr) as number
      for (let c = 0; c < k; c++) bias[c]! -= (p[c] as number) * 0.1
      for (let i = 0; i < x.rows.length; i++) {
        const base = (x.rows[i] as number) * k
        const value = (x.values[i] as number) / scale
        for (let c = 0; c < k; c++) w[base + c]! -= (p[c] as number) * value
      }
    }
    // Averaging the per-epoch iterates (after the first) smooths SGD noise, like Polyak averaging.
    if (epoch > 0 || options.epochs === 1) {
      for (let i = 0; i < w.length; i++) averageW[i]! += (w[i] as number) * scale
      for (let c = 0; c < k; c++) averageBias[c]! += bias[c] as number
      averaged++
    }
  }
  return {
    weights: Float32Array.from(averageW, (value) => value / averaged),
    bias: Float32Array.from(averageBias, (value) => value / averaged),
  }
}
