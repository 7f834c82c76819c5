import { polarityWords } from '../sentiment/polarity-words.ts'
import { normalizeText, splitWords } from './normalize-text.ts'

/** How text becomes hashed features; stored with each model so training and inference agree. */
export type FeatureConfig = {
  /** log2 of the number of hash buckets. */
  bits: number
  charMin: number
  charMax: number
  /** 0 = no word features, 1 = word unigrams, 2 = unigrams and bigrams. */
  wordNgrams: number
  /** Raw term counts instead of 1 + log(count); absent in older models, which use the logarithm. */
  rawTf?: boolean
  /** Adds the polarity of sentiment-lexicon words as word features (sentiment heads). */
  polarity?: boolean
}

/** True when a bucket holds a word n-gram (upper half of the bucket space). */
export const isWordBucket = (bucket: number, bits: number): boolean => bucket >= 1 << (bits - 1)

/** Sorted unique buckets with their raw counts. */
export type FeatureCounts = { buckets: Int32Array; counts: Float32Array }

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { bits: 20, charMin: 2, charMax: 5, wordNgrams: 2 }

const FNV_PRIME = 16777619
const CHAR_SEED = 0x811c9dc5
const WORD_SEED = 0x050c5d1f

const mix = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

const hashString = (s: string, seed: number): number => {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h
}

let scratch = new Int32Array(8_192)

const push = (n: number, value: number): number => {
  if (n === scratch.length) {
    const grown = new Int32Array(scratch.length * 2)
    grown.set(scratch)
    scratch = grown
  }
  scratch[n] = value
  return n + 1
}

/** Hashes word n-grams and character n-grams of a text into sorted bucket counts. */
export const hashFeatures = (text: string, config: FeatureConfig): FeatureCounts =>
  hashNormalizedFeatures(normalizeText(text), config)

/** The most character n-grams `charNgrams` writes for a normalized text. */
export const maxCharNgrams = (normalized: string, config: FeatureConfig): number =>
  (normalized.length + 2) * Math.max(0, config.charMax - config.charMin + 1)

/**
 * Writes the character n-gram buckets of a normalized text into `out` from `at`, unsorted and with repeats (the
 * caller sizes `out` with `maxCharNgrams`); returns the index after the last.
 */
export const charNgrams = (
  normalized: string,
  config: FeatureConfig,
  out: Int32Array,
  at: number,
): number => {
  const shift = 33 - config.bits
  let n = at
  const padded = ` ${normalized} `
  for (let i = 0; i < padded.length; i++) {
    let h = CHAR_SEED
    for (let len = 1; len <= config.charMax && i + len <= padded.length; len++) {
      h = Math.imul(h ^ padded.charCodeAt(i + len - 1), FNV_PRIME)
      if (len >= config.charMin) out[n++] = mix(h) >>> shift
    }
  }
  return n
}

// Character n-grams fill the lower half of the buckets and word n-grams the upper half, so each block can be
// normalized on its own (long texts would otherwise drown the word features in character n-grams).
const wordBucket = (hash: number, bits: number): number => (mix(hash) >>> (33 - bits)) | (1 << (bits - 1))

/**
 * `hashFeatures` of a text that `normalizeText` already returned (or would return unchanged); `words` are its
 * `splitWords`, when the caller has them.
 */
export const hashNormalizedFeatures = (
  normalized: string,
  config: FeatureConfig,
  words?: readonly string[],
): FeatureCounts => {
  const chars = maxCharNgrams(normalized, config)
  if (scratch.length < chars) scratch = new Int32Array(chars * 2)
  let n = charNgrams(normalized, config, scratch, 0)
  if (config.wordNgrams > 0 || config.polarity) words ??= splitWords(normalized)
  else words = []
  let previous = 0
  for (let i = 0; config.wordNgrams > 0 && i < words.length; i++) {
    const h = hashString(words[i] as string, WORD_SEED)
    n = push(n, wordBucket(h, config.bits))
    if (config.wordNgrams > 1 && i > 0)
      n = push(n, wordBucket(Math.imul(previous, 31) ^ h ^ 0x2545f491, config.bits))
    previous = h
  }
  if (config.polarity) for (const bucket of polarityBuckets(words, config.bits)) n = push(n, bucket)
  return countBuckets(scratch.subarray(0, n).sort())
}

/** The word buckets `hashNormalizedFeatures` adds for the polarity of `words` (when `config.polarity`). */
export const polarityBuckets = (words: readonly string[], bits: number): number[] =>
  polarityWords(words).map((word) => wordBucket(hashString(word, WORD_SEED), bits))

const countBuckets = (sorted: Int32Array): FeatureCounts => {
  let distinct = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++
  const buckets = new Int32Array(distinct)
  const counts = new Float32Array(distinct)
  for (let i = 0, j = -1; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) buckets[++j] = sorted[i] as number
    counts[j]! += 1
  }
  return { buckets, counts }
}

/**
 * `counts` with more buckets (any order, repeats counted): the same as hashing them along with the rest, so the
 * polarity features can be added to counts hashed without them.
 */
export const addBuckets = (counts: FeatureCounts, extra: readonly number[]): FeatureCounts => {
  if (extra.length === 0) return counts
  const added = Int32Array.from(extra).sort()
  const buckets: number[] = []
  const sums: number[] = []
  let i = 0
  let j = 0
  while (i < counts.buckets.length || j < added.length) {
    const next =
      j >= added.length ||
      (i < counts.buckets.length && (counts.buckets[i] as number) <= (added[j] as number))
        ? (counts.buckets[i] as number)
        : (added[j] as number)
    let count = 0
    while (i < counts.buckets.length && counts.buckets[i] === next) count += counts.counts[i++] as number
    while (j < added.length && added[j] === next) {
      count++
      j++
    }
    buckets.push(next)
    sums.push(count)
  }
  return { buckets: Int32Array.from(buckets), counts: Float32Array.from(sums) }
}
