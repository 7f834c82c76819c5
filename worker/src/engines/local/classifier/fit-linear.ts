import type { FeatureConfig, FeatureCounts } from '../text/hash-features.ts'
import { fitSquaredHinge } from './fit-hinge.ts'
import { fitSoftmax, type SoftmaxOptions } from './fit-softmax.ts'
import { createRandom } from './random.ts'
import { vectorize, type LinearModel, type SparseVector } from './linear-model.ts'

/** Knobs of a training run: the vocabulary, the loss and its trainer's settings. */
export type FitOptions = SoftmaxOptions & {
  /** Largest vocabulary kept (most frequent buckets first). */
  maxFeatures: number
  minDf: number
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

/**
 * Trains a linear classifier on hashed TF-IDF: picks the vocabulary, vectorizes, and fits multinomial logistic
 * regression by SGD or, with `loss: 'squared-hinge'`, one-vs-rest linear SVMs.
 */
export const fitLinear = (
  docs: FeatureCounts[],
  y: Int32Array,
  labels: string[],
  config: FeatureConfig,
  options: FitOptions = DEFAULT_FIT_OPTIONS,
): LinearModel => {
  const k = labels.length
  const { vocab, idf } = selectVocabulary(docs, options)
  const xs: SparseVector[] = docs.map((doc) => vectorize(doc, vocab, idf, config.bits, config.rawTf))
  const random = createRandom(options.seed)
  const fitted =
    options.loss === 'squared-hinge'
      ? fitSquaredHinge(xs, y, k, vocab.length, options.cost, random)
      : fitSoftmax(xs, y, k, vocab.length, options, random)
  return { labels, config, vocab, idf, ...fitted }
}
