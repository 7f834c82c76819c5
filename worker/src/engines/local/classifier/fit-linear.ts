import type { FeatureConfig, FeatureCounts } from '../text/hash-features.ts'
import { fitSquaredHinge } from './fit-hinge.ts'
import { shuffle } from './shuffle.ts'
import { vectorize, type LinearModel, type SparseVector } from './linear-model.ts'

/** Knobs of the SGD trainer. */
export type FitOptions = {
  epochs: number
  /** L2 regularization strength. */
  lambda: number
  learningRate: number
  /** Largest vocabulary kept (most frequent buckets first). */
  maxFeatures: number
  minDf: number
  /** Weight rare classes up so macro-F1 does not collapse onto the majority class. */
  balanced: boolean
  seed: number
  /** `squared-hinge` fits one-vs-rest linear SVMs instead of the softmax (ahead on many-class heads). */
  loss: 'logistic' | 'squared-hinge'
  /** Inverse regularization of the squared-hinge fit. */
  cost: number
}

export const DEFAULT_FIT_OPTIONS: FitOptions = {
  epochs: 8,
  lambda: 1e-5,
  learningRate: 0.5,
  maxFeatures: 60_000,
  minDf: 2,
  balanced: false,
  seed: 7,
  loss: 'logistic',
  cost: 1,
}

/** Deterministic PRNG (mulberry32) so training is reproducible. */
export const createRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const selectVocabulary = (
  docs: FeatureCounts[],
  options: FitOptions,
): { vocab: Int32Array; idf: Float32Array } => {
  let total = 0
  for (const doc of docs) total += doc.buckets.length
  const all = new Int32Array(total)
  let offset = 0
  for (const doc of docs) {
    all.set(doc.buckets, offset)
    offset += doc.buckets.length
  }
  all.sort()
  const minDf = docs.length >= 20 ? options.minDf : 1
  // Each document lists a bucket once, so the run length of a bucket in the sorted union is its document frequency.
  const kept: [number, number][] = []
  for (let i = 0; i < all.length;) {
    let j = i + 1
    while (j < all.length && all[j] === all[i]) j++
    if (j - i >= minDf) kept.push([all[i] as number, j - i])
    i = j
  }
  kept.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const top = kept.slice(0, options.maxFeatures).sort((a, b) => a[0] - b[0])
  const n = docs.length
  return {
    vocab: Int32Array.from(top, ([bucket]) => bucket),
    idf: Float32Array.from(top, ([, count]) => Math.log((1 + n) / (1 + count)) + 1),
  }
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

/** Trains multinomial logistic regression by SGD (or one-vs-rest squared-hinge SVMs, see `loss`) with L2 (scaled-weights trick) on hashed TF-IDF. */
export const fitSoftmax = (
  docs: FeatureCounts[],
  y: Int32Array,
  labels: string[],
  config: FeatureConfig,
  options: FitOptions = DEFAULT_FIT_OPTIONS,
): LinearModel => {
  const k = labels.length
  const { vocab, idf } = selectVocabulary(docs, options)
  const xs: SparseVector[] = docs.map((doc) => vectorize(doc, vocab, idf, config.bits, config.rawTf))
  if (options.loss === 'squared-hinge') {
    const random = createRandom(options.seed)
    return { labels, config, vocab, idf, ...fitSquaredHinge(xs, y, k, vocab.length, options.cost, random) }
  }
  const w = new Float64Array(vocab.length * k)
  const bias = new Float64Array(k)
  const cw = classWeights(y, k, options.balanced)
  const order = Int32Array.from(xs.keys())
  const random = createRandom(options.seed)
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
  const weights = Float32Array.from(averageW, (value) => value / averaged)
  return {
    labels,
    config,
    vocab,
    idf,
    weights,
    bias: Float32Array.from(averageBias, (value) => value / averaged),
  }
}
