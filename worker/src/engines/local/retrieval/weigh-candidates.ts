import { decodeText } from './compact-texts.ts'
import { termFrequency, type Vector } from './passage-vectors.ts'
import {
  documentsOf,
  VOCABULARY_BLOCKS,
  type ArticleFeatures,
  type CharCounts,
} from './build-article-features.ts'

/** An article's texts decoded for one request: text t is entries `starts[t]` to `starts[t + 1]`. */
export type DecodedTexts = {
  /** Places in the article's vocabulary. */
  positions: Int32Array
  /** Sublinear term frequencies of the raw counts, as `termFrequency` gives them. */
  tf: Float32Array
  starts: Int32Array
}

/**
 * What one request reads of its candidates: the IDF of their buckets and of the query's, and their texts decoded
 * once. The arrays are views of scratch memory that the next call reuses.
 */
export type CandidateWeights = {
  /** `idf[a][i]`: the IDF of candidate a's vocabulary entry i. */
  idf: Float32Array[]
  texts: DecodedTexts[]
  /** The IDF of each query bucket; n-grams no candidate contains get the highest IDF (`unseen`). */
  query: Float64Array
  unseen: number
}

// Document frequency of the low 16 bits of a bucket within one block: 128 kB, so it stays in the core's cache
// while every candidate's vocabulary passes over it (a table of the whole bucket space would not).
const frequency = new Uint16Array(1 << 16)
let textCounts = new Uint8Array(65_536)
let idfScratch = new Float32Array(65_536)
let positions = new Int32Array(65_536)
// Raw counts as decoded, then their term frequencies in place.
let tf = new Float32Array(65_536)
let starts = new Int32Array(1_024)

const reserve = (vocabularies: number, bytes: number, texts: number): void => {
  if (textCounts.length < vocabularies) {
    textCounts = new Uint8Array(vocabularies * 2)
    idfScratch = new Float32Array(vocabularies * 2)
  }
  // A text has at most one entry per byte.
  if (positions.length < bytes) {
    positions = new Int32Array(bytes * 2)
    tf = new Float32Array(bytes * 2)
  }
  if (starts.length < texts) starts = new Int32Array(texts * 2)
}

/**
 * Decodes an article's texts from entry `at` and counts, for each of its vocabulary entries, the texts (title and
 * passages) that hold it; returns its decoded texts.
 */
const decodeArticle = (
  article: ArticleFeatures,
  base: number,
  at: number,
  firstText: number,
): DecodedTexts => {
  const { bytes, offsets } = article.texts
  const holding = textCounts
  const places = positions
  const frequencies = tf
  holding.fill(0, base, base + article.vocabulary.length)
  let end = at
  for (let t = 0; t + 1 < offsets.length; t++) {
    starts[firstText + t] = end - at
    end = decodeText(bytes, offsets[t] as number, offsets[t + 1] as number, places, frequencies, end)
  }
  starts[firstText + offsets.length - 1] = end - at
  for (let i = at; i < end; i++) {
    holding[base + (places[i] as number)]! += 1
    frequencies[i] = termFrequency(frequencies[i] as number)
  }
  return {
    positions: positions.subarray(at, end),
    tf: tf.subarray(at, end),
    starts: starts.subarray(firstText, firstText + offsets.length),
  }
}

/**
 * The IDF over every title and passage of the candidates, `log((1 + texts) / (1 + texts holding it)) + 1` as a
 * float32, for each candidate's vocabulary and for the query's buckets. Block by block of the bucket space, so
 * the frequency table read at random stays small; the logarithm is taken once per frequency, not per bucket.
 */
export const weighCandidates = (articles: ArticleFeatures[], query: CharCounts): CandidateWeights => {
  const bases: number[] = []
  let vocabularies = 0
  let bytes = 0
  let texts = 0
  for (const article of articles) {
    bases.push(vocabularies)
    vocabularies += article.vocabulary.length
    bytes += article.texts.bytes.length
    texts += article.texts.offsets.length
  }
  reserve(vocabularies, bytes, texts)
  let at = 0
  let firstText = 0
  const decoded = articles.map((article, a) => {
    const entries = decodeArticle(article, bases[a] as number, at, firstText)
    at += entries.positions.length
    firstText += entries.starts.length
    return entries
  })
  const documents = articles.reduce((sum, article) => sum + documentsOf(article), 0)
  const idfOf = new Float32Array(documents + 1)
  for (let df = 1; df <= documents; df++) idfOf[df] = Math.log((1 + documents) / (1 + df)) + 1
  const unseen = Math.log(1 + documents) + 1
  const queryIdf = new Float64Array(query.buckets.length)
  // Locals, not the module's scratch bindings, in the loops below: V8 then keeps the arrays in registers.
  const table = frequency
  const holding = textCounts
  const idf = idfScratch
  let q = 0
  for (let block = 0; block < VOCABULARY_BLOCKS; block++) {
    for (let a = 0; a < articles.length; a++) {
      const { vocabulary, blocks } = articles[a] as ArticleFeatures
      const base = bases[a] as number
      for (let i = blocks[block] as number, end = blocks[block + 1] as number; i < end; i++)
        table[vocabulary[i] as number]! += holding[base + i] as number
    }
    for (let a = 0; a < articles.length; a++) {
      const { vocabulary, blocks } = articles[a] as ArticleFeatures
      const base = bases[a] as number
      for (let i = blocks[block] as number, end = blocks[block + 1] as number; i < end; i++)
        idf[base + i] = idfOf[table[vocabulary[i] as number] as number] as number
    }
    for (; q < query.buckets.length && (query.buckets[q] as number) >>> 16 === block; q++) {
      const df = table[(query.buckets[q] as number) & 0xffff] as number
      queryIdf[q] = df > 0 ? (idfOf[df] as number) : unseen
    }
    for (const { vocabulary, blocks } of articles)
      for (let i = blocks[block] as number, end = blocks[block + 1] as number; i < end; i++)
        table[vocabulary[i] as number] = 0
  }
  return {
    idf: articles.map((article, a) =>
      idfScratch.subarray(bases[a] as number, (bases[a] as number) + article.vocabulary.length),
    ),
    texts: decoded,
    query: queryIdf,
    unseen,
  }
}

/**
 * The cosine of a unit query vector with the article's title (its text 0) weighed as `weigh` weighs a text, with
 * the IDF of the article's vocabulary for this request: the same float32 rounding, sums in the same order, but
 * without allocating the title's vector.
 */
export const titleCosine = (
  query: Vector,
  article: ArticleFeatures,
  idf: Float32Array,
  texts: DecodedTexts,
): number => {
  const { positions, tf, starts } = texts
  const end = starts[1] as number
  let norm = 0
  for (let i = 0; i < end; i++) {
    const value = (tf[i] as number) * (idf[positions[i] as number] as number)
    norm += value * value
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  let sum = 0
  let q = 0
  let block = 0
  for (let i = 0; i < end && q < query.buckets.length; i++) {
    const position = positions[i] as number
    while ((article.blocks[block + 1] as number) <= position) block++
    const bucket = (block << 16) | (article.vocabulary[position] as number)
    while (q < query.buckets.length && (query.buckets[q] as number) < bucket) q++
    if (query.buckets[q] === bucket) {
      const value = Math.fround((tf[i] as number) * (idf[position] as number))
      sum += (query.values[q++] as number) * Math.fround(value * scale)
    }
  }
  return sum
}
