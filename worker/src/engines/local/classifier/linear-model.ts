import { hashFeatures, isWordBucket, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'

/** A multinomial linear classifier over TF-IDF weighted hashed features. */
export type LinearModel = {
  labels: string[]
  config: FeatureConfig
  /** Sorted hash buckets the model knows; row i of `weights` belongs to `vocab[i]`. */
  vocab: Int32Array
  idf: Float32Array
  /** vocab.length × labels.length, row-major. */
  weights: Float32Array
  bias: Float32Array
}

/** Each block (characters, words) gets norm 1/√2, so the whole vector has norm 1. */
const BLOCK_SCALE = Math.SQRT1_2

/** First row at or after `from` whose bucket is >= `bucket` (galloping search: documents are sparse). */
const seekRow = (vocab: Int32Array, bucket: number, from: number): number => {
  let step = 1
  let high = from
  while (high < vocab.length && (vocab[high] as number) < bucket) {
    from = high + 1
    high += step
    step *= 2
  }
  high = Math.min(high, vocab.length)
  while (from < high) {
    const middle = (from + high) >>> 1
    if ((vocab[middle] as number) < bucket) from = middle + 1
    else high = middle
  }
  return from
}

/** A document as TF-IDF values on vocabulary rows (L2-normalized). */
export type SparseVector = { rows: Int32Array; values: Float32Array }

/** Maps bucket counts onto vocabulary rows with TF (sublinear unless `isRawTf`) × IDF, each block L2-normalized. */
export const vectorize = (
  counts: FeatureCounts,
  vocab: Int32Array,
  idf: Float32Array,
  bits: number,
  isRawTf = false,
): SparseVector => {
  const rows: number[] = []
  const values: number[] = []
  // Buckets are sorted and word buckets sit above character buckets, so each block is a contiguous run.
  let charNorm = 0
  let wordNorm = 0
  let firstWord = -1
  let v = 0
  const { buckets } = counts
  for (let i = 0; i < buckets.length && v < vocab.length; i++) {
    const bucket = buckets[i] as number
    v = seekRow(vocab, bucket, v)
    if (vocab[v] !== bucket) continue
    const count = counts.counts[i] as number
    const value = (isRawTf ? count : 1 + Math.log(count)) * (idf[v] as number)
    if (isWordBucket(bucket, bits)) {
      if (firstWord < 0) firstWord = rows.length
      wordNorm += value * value
    } else charNorm += value * value
    rows.push(v)
    values.push(value)
  }
  const charScale = charNorm > 0 ? BLOCK_SCALE / Math.sqrt(charNorm) : 0
  const wordScale = wordNorm > 0 ? BLOCK_SCALE / Math.sqrt(wordNorm) : 0
  const out = Float32Array.from(values)
  for (let i = 0; i < out.length; i++) out[i]! *= firstWord >= 0 && i >= firstWord ? wordScale : charScale
  return { rows: Int32Array.from(rows), values: out }
}

/** Class scores (logits) of one vectorized document. */
export const scoreVector = (model: LinearModel, x: SparseVector): Float64Array => {
  const k = model.labels.length
  const scores = Float64Array.from(model.bias)
  for (let i = 0; i < x.rows.length; i++) {
    const base = (x.rows[i] as number) * k
    const value = x.values[i] as number
    for (let c = 0; c < k; c++) scores[c]! += value * (model.weights[base + c] as number)
  }
  return scores
}

/** Turns logits into probabilities in place. */
export const softmax = (scores: Float64Array): Float64Array => {
  let max = -Infinity
  for (const s of scores) if (s > max) max = s
  let sum = 0
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp((scores[c] as number) - max)
    sum += scores[c] as number
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum
  return scores
}

/** Class scores (logits) of a hashed text. */
export const scoreCounts = (model: LinearModel, counts: FeatureCounts): Float64Array =>
  scoreVector(model, vectorize(counts, model.vocab, model.idf, model.config.bits, model.config.rawTf))

/** Probability of each label for a text, in `model.labels` order. */
export const predictProbabilities = (model: LinearModel, text: string): Float64Array =>
  predictFromCounts(model, hashFeatures(text, model.config))

/** `predictProbabilities` of a text hashed with `model.config` (see `createTextFeatures`). */
export const predictFromCounts = (model: LinearModel, counts: FeatureCounts): Float64Array =>
  softmax(scoreCounts(model, counts))

/** Index of the largest value. */
export const argmax = (values: ArrayLike<number>): number => {
  let best = 0
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i
  return best
}
