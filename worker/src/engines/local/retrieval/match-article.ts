import type { ArticleFeatures, Vector } from './passage-vectors.ts'
import type { DecodedTexts } from './weigh-candidates.ts'

/** How well a query meets one article, on the article's character n-grams weighed for this request. */
export type ArticleMatch = {
  /** Cosine with the mean of the passages' unit vectors (the article's centroid). */
  centroid: number
  /** Cosine with the nearest single passage (example question or body sentence). */
  passage: number
  /** Cosine with the second nearest passage (0 when the article has one passage). */
  secondPassage: number
  /** Share of the query's squared TF-IDF mass on n-grams the article contains anywhere. */
  coverage: number
  /** Mean cosine of the article's passages with their centroid: how alike its questions are. */
  cohesion: number
}

// Per-article scratch over its vocabulary: the centroid being summed and the query's values.
let centroid = new Float64Array(4_096)
let localQuery = new Float32Array(4_096)

const reserve = (size: number): void => {
  if (centroid.length >= size) return
  centroid = new Float64Array(size * 2)
  localQuery = new Float32Array(size * 2)
}

/** Lays the query over the article's vocabulary (a merge of two sorted lists); returns the covered mass. */
const layQuery = (query: Vector, { vocabulary, blocks }: ArticleFeatures): number => {
  let coverage = 0
  let j = 0
  let block = 0
  let blockEnd = blocks[1] as number
  for (let i = 0; i < query.buckets.length; i++) {
    const bucket = query.buckets[i] as number
    const high = bucket >>> 16
    const low = bucket & 0xffff
    // Skip to the bucket's block, then along it to the first entry not below the bucket.
    while (block < high) {
      j = blockEnd
      block++
      blockEnd = blocks[block + 1] as number
    }
    while (j < blockEnd && (vocabulary[j] as number) < low) j++
    if (j === vocabulary.length) break
    if (j < blockEnd && vocabulary[j] === low) {
      const value = query.values[i] as number
      localQuery[j] = value
      coverage += value * value
    }
  }
  return coverage
}

/**
 * Compares a unit query vector with an article, given the IDF of each of its vocabulary entries and its texts
 * decoded for this request. The query is laid over the article's own vocabulary once, then each passage is
 * weighed, compared and summed into the centroid in place, so no vector is allocated per passage.
 */
export const matchArticle = (
  query: Vector,
  article: ArticleFeatures,
  idf: Float32Array,
  texts: DecodedTexts,
): ArticleMatch => {
  const size = article.vocabulary.length
  reserve(size)
  const sums = centroid
  const queryValues = localQuery
  sums.fill(0, 0, size)
  queryValues.fill(0, 0, size)
  const coverage = layQuery(query, article)
  const { positions, tf, starts } = texts
  let passage = 0
  let secondPassage = 0
  let passages = 0
  // Text 0 is the title; the passages follow.
  for (let p = 1; p + 1 < starts.length; p++) {
    const start = starts[p] as number
    const end = starts[p + 1] as number
    let passageNorm = 0
    for (let i = start; i < end; i++) {
      const value = (tf[i] as number) * (idf[positions[i] as number] as number)
      passageNorm += value * value
    }
    if (passageNorm === 0) continue
    const scale = 1 / Math.sqrt(passageNorm)
    let similarity = 0
    for (let i = start; i < end; i++) {
      const position = positions[i] as number
      const value = (tf[i] as number) * (idf[position] as number) * scale
      sums[position]! += value
      similarity += value * (queryValues[position] as number)
    }
    passages++
    if (similarity > passage) {
      secondPassage = passage
      passage = similarity
    } else if (similarity > secondPassage) secondPassage = similarity
  }
  let numerator = 0
  let norm = 0
  for (let i = 0; i < size; i++) {
    const value = sums[i] as number
    numerator += value * (queryValues[i] as number)
    norm += value * value
  }
  const length = Math.sqrt(norm)
  return {
    centroid: norm > 0 ? numerator / length : 0,
    passage,
    secondPassage,
    coverage,
    // The mean of p·c/|c| over unit passages p is |c|/n.
    cohesion: passages > 0 ? length / passages : 0,
  }
}
