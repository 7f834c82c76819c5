import type { Vector } from '../../src/engines/local/retrieval/passage-vectors.ts'

/**
 * Dot product of two sparse vectors (cosine when both are normalized): the plain definition the re-ranker's
 * fused loops (matchArticle, titleCosine) are checked against.
 */
export const dot = (a: Vector, b: Vector): number => {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.buckets.length && j < b.buckets.length) {
    const x = a.buckets[i] as number
    const y = b.buckets[j] as number
    if (x === y) sum += (a.values[i++] as number) * (b.values[j++] as number)
    else if (x < y) i++
    else j++
  }
  return sum
}
