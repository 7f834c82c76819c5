import type { StoredArticle } from '../../../db/kb-repo.ts'
import { hashNormalizedFeatures, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'
import { MAX_TEXT_CHARS, normalizeText, splitWords } from '../text/normalize-text.ts'
import { articleTerms, type ArticleTerms } from './content-terms.ts'
import { stemWord, toSearchText } from './search-text.ts'

/** Character 3–5-grams of stemmed words (no word features: the ranking does not read them). */
export const PASSAGE_FEATURES: FeatureConfig = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 0 }
export const CHAR_BLOCK = 1 << (PASSAGE_FEATURES.bits - 1)
const MAX_PASSAGES = 30

/** Sorted character n-gram buckets of one text with their raw counts and sublinear term frequencies. */
export type CharCounts = FeatureCounts & { tf: Float32Array }

/**
 * Every passage of an article in three arrays: passage p holds entries `offsets[p]` to `offsets[p + 1]` of
 * `positions` (into the article's vocabulary) and `counts` (raw n-gram counts). Small integer arrays rather than
 * an object and two float arrays per passage keep a cached article to a third of the bytes.
 */
export type Passages = {
  offsets: Uint32Array
  positions: Uint16Array | Uint32Array
  counts: Uint8Array | Uint16Array
}

/**
 * An article's title and its passages (example questions, then body sentences). The passages point into the
 * article's own vocabulary, the sorted buckets of its title and passages, so ranking works on small arrays.
 */
export type ArticleFeatures = {
  title: CharCounts
  passages: Passages
  vocabulary: Int32Array
  /** In how many of the article's texts (title and passages) each vocabulary bucket occurs (at most 31). */
  documentCounts: Uint8Array
  /** The article's texts: its title and its passages. */
  documents: number
  /** The article's word stems, for term coverage. */
  terms: ArticleTerms
}

// 1 + log(count) as float32, the sublinear term frequency, for the counts almost every n-gram has.
const TF = Float32Array.from({ length: 256 }, (_, count) => 1 + Math.log(count))

/** The sublinear term frequency of a raw count, exactly as a float32 array holds it. */
export const termFrequency = (count: number): number =>
  count < 256 ? (TF[count] as number) : Math.fround(1 + Math.log(count))

// Lowercase ASCII words and single spaces: what normalizeText returns unchanged (below its length cap).
const PLAIN = /^[a-z0-9' ]*$/

/** Hashes a text of stemmed words joined by spaces, normalizing it only when it is not already plain. */
const hashWords = (words: string): FeatureCounts =>
  hashNormalizedFeatures(
    PLAIN.test(words) && words.length <= MAX_TEXT_CHARS ? words : normalizeText(words),
    PASSAGE_FEATURES,
  )

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

// Scratch indexed by bucket: first how many texts hold it, then its place in the vocabulary; zeroed after use.
let slots: Int32Array | null = null

/**
 * Gathers an article's texts over one sorted vocabulary: a pass over a bucket-indexed table counts the texts
 * holding each bucket, then the same table maps a bucket to its place, so no search or merge is needed.
 */
const gather = (title: CharCounts, texts: FeatureCounts[], terms: ArticleTerms): ArticleFeatures => {
  slots ??= new Int32Array(CHAR_BLOCK)
  const table = slots
  const lengths = texts.map(charBuckets)
  const distinct: number[] = []
  try {
    return gatherInto(table, distinct, title, texts, lengths, terms)
  } finally {
    // Zeroed even if an allocation failed midway, so the next article starts from a clean table.
    for (const bucket of distinct) table[bucket] = 0
  }
}

const gatherInto = (
  table: Int32Array,
  distinct: number[],
  title: CharCounts,
  texts: FeatureCounts[],
  lengths: number[],
  terms: ArticleTerms,
): ArticleFeatures => {
  for (const [t, { buckets }] of [title, ...texts].entries()) {
    const length = t === 0 ? buckets.length : (lengths[t - 1] as number)
    for (let i = 0; i < length; i++) {
      const bucket = buckets[i] as number
      if (table[bucket] === 0) distinct.push(bucket)
      table[bucket]! += 1
    }
  }
  const vocabulary = Int32Array.from(distinct).sort()
  const documentCounts = new Uint8Array(vocabulary.length)
  for (let v = 0; v < vocabulary.length; v++) {
    const bucket = vocabulary[v] as number
    documentCounts[v] = table[bucket] as number
    table[bucket] = v
  }
  const entries = lengths.reduce((sum, length) => sum + length, 0)
  let largest = 0
  for (const [t, text] of texts.entries())
    for (let i = 0; i < (lengths[t] as number); i++) largest = Math.max(largest, text.counts[i] as number)
  const offsets = new Uint32Array(texts.length + 1)
  const positions = vocabulary.length <= 0x10000 ? new Uint16Array(entries) : new Uint32Array(entries)
  const counts = largest < 256 ? new Uint8Array(entries) : new Uint16Array(entries)
  let at = 0
  for (const [t, text] of texts.entries()) {
    for (let i = 0; i < (lengths[t] as number); i++) {
      positions[at] = table[text.buckets[i] as number] as number
      counts[at++] = text.counts[i] as number
    }
    offsets[t + 1] = at
  }
  return {
    title,
    passages: { offsets, positions, counts },
    vocabulary,
    documentCounts,
    documents: 1 + texts.length,
    terms,
  }
}

/** An article's features for the re-ranker: its title, its passages' n-grams and its word stems. */
export const buildArticleFeatures = (article: StoredArticle): ArticleFeatures => {
  const { passages, isWhole } = toPassages(article)
  const passageWords = passages.map((passage) => splitWords(normalizeText(passage)))
  const texts = passageWords.map((words) => hashWords(words.map(stemWord).join(' ')))
  return gather(toCharCounts(article.title), texts, articleTerms(article, passageWords, isWhole))
}
