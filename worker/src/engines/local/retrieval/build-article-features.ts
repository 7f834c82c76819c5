import type { StoredArticle } from '../../../db/kb-repo.ts'
import {
  charNgrams,
  hashNormalizedFeatures,
  maxCharNgrams,
  type FeatureConfig,
  type FeatureCounts,
} from '../text/hash-features.ts'
import { MAX_TEXT_CHARS, normalizeText, splitWords } from '../text/normalize-text.ts'
import { encodeTexts, type CompactTexts } from './compact-texts.ts'
import { articleTerms, type ArticleTerms } from './content-terms.ts'
import { sortKeys } from './sort-keys.ts'
import { stemWord, toSearchText } from './search-text.ts'

/** Character 3–5-grams of stemmed words (no word features: the ranking does not read them). */
export const PASSAGE_FEATURES: FeatureConfig = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 0 }
export const CHAR_BLOCK = 1 << (PASSAGE_FEATURES.bits - 1)
const MAX_PASSAGES = 30

/** Sorted character n-gram buckets of one text with their raw counts and sublinear term frequencies. */
export type CharCounts = FeatureCounts & { tf: Float32Array }

/** Blocks of the bucket space by the high bits of a bucket, whose low 16 bits the vocabulary holds. */
export const VOCABULARY_BLOCKS = CHAR_BLOCK >>> 16

/**
 * An article's title and passages (example questions, then body sentences) over its own vocabulary, the sorted
 * buckets of its texts, so ranking works on small arrays. The vocabulary keeps each bucket's low 16 bits, in
 * blocks by its high bits; the texts are byte-coded places in it (`compact-texts.ts`). Both halve what a cached
 * article holds, so twice as many stay cached.
 */
export type ArticleFeatures = {
  /** Low 16 bits of the vocabulary's sorted buckets; entries `blocks[b]` to `blocks[b + 1]` have high bits b. */
  vocabulary: Uint16Array
  blocks: Uint32Array
  /** Text 0 is the title, texts 1 onward the passages. */
  texts: CompactTexts
  /** The article's word stems, for term coverage. */
  terms: ArticleTerms
}

/** The article's texts: its title and its passages. */
export const documentsOf = (article: ArticleFeatures): number => article.texts.offsets.length - 1

/** The bucket of vocabulary entry `i`. */
export const vocabularyBucket = (article: ArticleFeatures, i: number): number => {
  let block = 0
  while ((article.blocks[block + 1] as number) <= i) block++
  return (block << 16) | (article.vocabulary[i] as number)
}

// 1 + log(count) as float32, the sublinear term frequency, for the counts almost every n-gram has.
const TF = Float32Array.from({ length: 256 }, (_, count) => 1 + Math.log(count))

/** The sublinear term frequency of a raw count, exactly as a float32 array holds it. */
export const termFrequency = (count: number): number =>
  count < 256 ? (TF[count] as number) : Math.fround(1 + Math.log(count))

// Lowercase ASCII words and single spaces: what normalizeText returns unchanged (below its length cap).
const PLAIN = /^[a-z0-9' ]*$/

/** A text of stemmed words joined by spaces, normalized only when it is not already plain. */
const normalizeWords = (words: string): string =>
  PLAIN.test(words) && words.length <= MAX_TEXT_CHARS ? words : normalizeText(words)

/** Hashes a text of stemmed words joined by spaces. */
const hashWords = (words: string): FeatureCounts =>
  hashNormalizedFeatures(normalizeWords(words), PASSAGE_FEATURES)

/** How many of a text's sorted buckets are character n-grams (word buckets sort after them). */
const charBuckets = ({ buckets }: FeatureCounts): number => {
  let end = 0
  while (end < buckets.length && (buckets[end] as number) < CHAR_BLOCK) end++
  return end
}

const withTf = (text: FeatureCounts): CharCounts => {
  const { buckets, counts } = text
  const end = charBuckets(text)
  const tf = new Float32Array(end)
  for (let i = 0; i < end; i++) tf[i] = termFrequency(counts[i] as number)
  return { buckets: buckets.subarray(0, end), counts: counts.subarray(0, end), tf }
}

/** Hashes a text's stemmed words and keeps the character block (word buckets sort after every character bucket). */
export const toCharCounts = (text: string): CharCounts => withTf(hashWords(toSearchText(text)))

/** The article's passages, and whether they hold all of it (none left out, nothing past what is read). */
const toPassages = (article: StoredArticle): { passages: string[]; isWhole: boolean } => {
  // A sentence end followed by blanks becomes a line break, then lines are split (no look-behind to retry).
  const lines = article.body
    .replace(/([.?!])\s+/g, '$1\n')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const distinct = [...new Set([...article.examples, ...lines])]
  // The length of the title, body and examples joined by line breaks.
  const length = article.examples.reduce(
    (sum, example) => sum + example.length + 1,
    article.title.length + 1 + article.body.length,
  )
  return {
    passages: distinct.slice(0, MAX_PASSAGES),
    isWhole: distinct.length <= MAX_PASSAGES && length <= MAX_TEXT_CHARS,
  }
}

// An article's n-grams as (bucket << TEXT_BITS) | text, then each text's distinct buckets with their counts.
const TEXT_BITS = 5
let keys = new Int32Array(16_384)
let positions = new Int32Array(16_384)
let counts = new Uint32Array(16_384)
let vocabulary = new Uint16Array(16_384)

/**
 * Gathers an article's texts (normalized) over one sorted vocabulary: every n-gram of every text, tagged with its
 * text, is sorted once; then equal buckets are neighbours (one vocabulary entry), equal tags within them are one
 * entry of that text with its count, and each text's entries come out in ascending order.
 */
const gather = (texts: string[], terms: ArticleTerms): ArticleFeatures => {
  if (texts.length > 1 << TEXT_BITS) throw new Error(`at most ${1 << TEXT_BITS} texts per article`)
  const bounds = texts.map((text) => maxCharNgrams(text, PASSAGE_FEATURES))
  const total = bounds.reduce((sum, bound) => sum + bound, 0)
  if (keys.length < total) {
    keys = new Int32Array(total * 2)
    positions = new Int32Array(total * 2)
    counts = new Uint32Array(total * 2)
    vocabulary = new Uint16Array(total * 2)
  }
  const tagged = keys
  let n = 0
  for (const [t, text] of texts.entries()) {
    const start = n
    n = charNgrams(text, PASSAGE_FEATURES, tagged, n)
    for (let i = start; i < n; i++) tagged[i] = ((tagged[i] as number) << TEXT_BITS) | t
  }
  sortKeys(tagged, n, PASSAGE_FEATURES.bits - 1 + TEXT_BITS)
  // Each text's entries go from its start (the sum of the bounds before it), as many as it has distinct n-grams.
  const ends: number[] = []
  bounds.reduce((start, bound) => (ends.push(start), start + bound), 0)
  const starts = [...ends]
  const blocks = new Uint32Array(VOCABULARY_BLOCKS + 1)
  let size = -1
  let previousBucket = -1
  for (let i = 0; i < n;) {
    const key = tagged[i] as number
    let j = i + 1
    while (j < n && tagged[j] === key) j++
    const bucket = key >>> TEXT_BITS
    if (bucket !== previousBucket) {
      vocabulary[++size] = bucket & 0xffff
      blocks[(bucket >>> 16) + 1]! += 1
      previousBucket = bucket
    }
    const t = key & ((1 << TEXT_BITS) - 1)
    const at = ends[t] as number
    positions[at] = size
    counts[at] = j - i
    ends[t] = at + 1
    i = j
  }
  for (let b = 0; b < VOCABULARY_BLOCKS; b++) blocks[b + 1]! += blocks[b] as number
  const entries = texts.map((_, t) => {
    const start = starts[t] as number
    const end = ends[t] as number
    return {
      positions: positions.subarray(start, end),
      counts: counts.subarray(start, end),
      length: end - start,
    }
  })
  return { vocabulary: vocabulary.slice(0, size + 1), blocks, texts: encodeTexts(entries), terms }
}

/** An article's features for the re-ranker: its title, its passages' n-grams and its word stems. */
export const buildArticleFeatures = (article: StoredArticle): ArticleFeatures => {
  const { passages, isWhole } = toPassages(article)
  const passageWords = passages.map((passage) => splitWords(normalizeText(passage)))
  const passageStems = passageWords.map((words) => words.map(stemWord))
  const terms = articleTerms(article, passageWords, isWhole, passageStems)
  const texts = [toSearchText(article.title), ...passageStems.map((stems) => stems.join(' '))]
  return gather(texts.map(normalizeWords), terms)
}
