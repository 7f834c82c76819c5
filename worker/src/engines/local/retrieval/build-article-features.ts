import type { StoredArticle } from '../../../db/kb-repo.ts'
import { hashNormalizedFeatures, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'
import { MAX_TEXT_CHARS, normalizeText, splitWords } from '../text/normalize-text.ts'
import { encodeTexts, type CompactTexts } from './compact-texts.ts'
import { articleTerms, type ArticleTerms } from './content-terms.ts'
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
 * Gathers an article's texts over one sorted vocabulary: a pass over a bucket-indexed table finds the distinct
 * buckets, then the same table maps a bucket to its place, so no search or merge is needed.
 */
const gather = (texts: FeatureCounts[], terms: ArticleTerms): ArticleFeatures => {
  slots ??= new Int32Array(CHAR_BLOCK)
  const table = slots
  const lengths = texts.map(charBuckets)
  const distinct: number[] = []
  try {
    return gatherInto(table, distinct, texts, lengths, terms)
  } finally {
    // Zeroed even if an allocation failed midway, so the next article starts from a clean table.
    for (const bucket of distinct) table[bucket] = 0
  }
}

const gatherInto = (
  table: Int32Array,
  distinct: number[],
  texts: FeatureCounts[],
  lengths: number[],
  terms: ArticleTerms,
): ArticleFeatures => {
  let entries = 0
  for (const [t, { buckets }] of texts.entries()) {
    const length = lengths[t] as number
    entries += length
    for (let i = 0; i < length; i++) {
      const bucket = buckets[i] as number
      if (table[bucket] === 0) {
        distinct.push(bucket)
        table[bucket] = 1
      }
    }
  }
  const sorted = Int32Array.from(distinct).sort()
  const vocabulary = new Uint16Array(sorted.length)
  const blocks = new Uint32Array(VOCABULARY_BLOCKS + 1)
  for (let v = 0; v < sorted.length; v++) {
    const bucket = sorted[v] as number
    vocabulary[v] = bucket & 0xffff
    blocks[(bucket >>> 16) + 1]! += 1
    table[bucket] = v
  }
  for (let b = 0; b < VOCABULARY_BLOCKS; b++) blocks[b + 1]! += blocks[b] as number
  const positions = new Int32Array(entries)
  let at = 0
  const placed = texts.map(({ buckets, counts }, t) => {
    const start = at
    for (let i = 0; i < (lengths[t] as number); i++) positions[at++] = table[buckets[i] as number] as number
    return { positions: positions.subarray(start, at), counts, length: at - start }
  })
  return { vocabulary, blocks, texts: encodeTexts(placed), terms }
}

/** An article's features for the re-ranker: its title, its passages' n-grams and its word stems. */
export const buildArticleFeatures = (article: StoredArticle): ArticleFeatures => {
  const { passages, isWhole } = toPassages(article)
  const passageWords = passages.map((passage) => splitWords(normalizeText(passage)))
  const passageStems = passageWords.map((words) => words.map(stemWord))
  const texts = passageStems.map((stems) => hashWords(stems.join(' ')))
  const terms = articleTerms(article, passageWords, isWhole, passageStems)
  return gather([hashWords(toSearchText(article.title)), ...texts], terms)
}
