import { inverseFrequencyOf, termFrequency, type ArticleFeatures, type Vector } from './passage-vectors.ts'

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

// Per-article scratch over its vocabulary: IDF of each bucket, the centroid being summed and the query's values.
let localIdf = new Float32Array(4_096)
let centroid = new Float64Array(4_096)
let localQuery = new Float32Array(4_096)

const reserve = (size: number): void => {
  if (localIdf.length >= size) return
  localIdf = new Float32Array(size * 2)
  centroid = new Float64Array(size * 2)
  localQuery = new Float32Array(size * 2)
}

/**
 * Compares a unit query vector with an article, with the IDF table filled for this request. The query is laid
 * over the article's own vocabulary once, then each passage is weighed, compared and summed into the centroid
 * in place, so no vector is allocated per passage and the large IDF table is read once per vocabulary bucket.
 */
export const matchArticle = (query: Vector, article: ArticleFeatures): ArticleMatch => {
  const { vocabulary } = article
  reserve(vocabulary.length)
  for (let i = 0; i < vocabulary.length; i++) {
    localIdf[i] = inverseFrequencyOf(vocabulary[i] as number) || 1
    centroid[i] = 0
    localQuery[i] = 0
  }
  let coverage = 0
  let j = 0
  for (let i = 0; i < query.buckets.length; i++) {
    const bucket = query.buckets[i] as number
    while (j < vocabulary.length && (vocabulary[j] as number) < bucket) j++
    if (j === vocabulary.length) break
    if (vocabulary[j] === bucket) {
      const value = query.values[i] as number
      localQuery[j] = value
      coverage += value * value
    }
  }
  let passage = 0
  let secondPassage = 0
  let passages = 0
  const { offsets, positions, counts } = article.passages
  for (let p = 0; p + 1 < offsets.length; p++) {
    const start = offsets[p] as number
    const end = offsets[p + 1] as number
    let passageNorm = 0
    for (let i = start; i < end; i++) {
      const value = termFrequency(counts[i] as number) * (localIdf[positions[i] as number] as number)
      passageNorm += value * value
    }
    if (passageNorm === 0) continue
    const scale = 1 / Math.sqrt(passageNorm)
    let similarity = 0
    for (let i = start; i < end; i++) {
      const position = positions[i] as number
      const value = termFrequency(counts[i] as number) * (localIdf[position] as number) * scale
      centroid[position]! += value
      similarity += value * (localQuery[position] as number)
    }
    passages++
    if (similarity > passage) {
      secondPassage = passage
      passage = similarity
    } else if (similarity > secondPassage) secondPassage = similarity
  }
  let numerator = 0
  let norm = 0
  for (let i = 0; i < vocabulary.length; i++) {
    const value = centroid[i] as number
    numerator += value * (localQuery[i] as number)
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
