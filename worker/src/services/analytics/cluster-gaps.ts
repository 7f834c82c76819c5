import type { KnowledgeGap } from '@deskmate/shared'
import type { GapTicket } from '../../db/knowledge-gaps-repo.ts'
import { stopWordsFor } from '../../engines/local/retrieval/stop-words.ts'
import { normalizeText, splitWords } from '../../engines/local/text/normalize-text.ts'

/** How the gaps are clustered: the similarity that joins a cluster, and what the answer shows. */
export const GAP_CLUSTERING = { minSimilarity: 0.25, maxGaps: 10, terms: 4, examples: 3 } as const

type Vector = Map<string, number>

const STOP_WORDS = stopWordsFor(null)

const termCounts = (ticket: GapTicket): Map<string, number> => {
  const counts = new Map<string, number>()
  // The subject says what the ticket is about: it counts twice.
  const text = `${ticket.subject} ${ticket.subject} ${ticket.excerpt}`
  for (const word of splitWords(normalizeText(text))) {
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

/** TF-IDF vectors of unit length; a term in every ticket weighs nothing. */
const tfidf = (docs: Map<string, number>[]): Vector[] => {
  const df = new Map<string, number>()
  for (const doc of docs) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  return docs.map((doc) => {
    const vector: Vector = new Map()
    for (const [term, tf] of doc)
      vector.set(term, (1 + Math.log(tf)) * Math.log((1 + docs.length) / (1 + (df.get(term) ?? 0))))
    const norm = Math.hypot(...vector.values()) || 1
    for (const [term, w] of vector) vector.set(term, w / norm)
    return vector
  })
}

const cosine = (a: Vector, b: Vector): number => {
  let dot = 0
  let normB = 0
  for (const w of b.values()) normB += w * w
  for (const [term, w] of a) dot += w * (b.get(term) ?? 0)
  return normB > 0 ? dot / Math.sqrt(normB) : 0
}

type Cluster = { centroid: Vector; members: GapTicket[] }

/**
 * Clusters tickets no article answered by their words (single-pass: each ticket joins the most similar
 * cluster's centroid when it is similar enough, or starts one), largest clusters first; a cluster of one
 * ticket is not a gap yet.
 * @example clusterGaps(tickets)[0]?.terms // ['invoice', 'vat', …]
 */
export const clusterGaps = (tickets: readonly GapTicket[]): KnowledgeGap[] => {
  const vectors = tfidf(tickets.map(termCounts))
  const clusters: Cluster[] = []
  tickets.forEach((ticket, i) => {
    const vector = vectors[i] ?? new Map()
    if (vector.size === 0) return
    const scores = clusters.map((cluster) => cosine(vector, cluster.centroid))
    const bestScore = Math.max(-1, ...scores)
    const best = bestScore >= GAP_CLUSTERING.minSimilarity ? clusters[scores.indexOf(bestScore)] : undefined
    const target: Cluster = best ?? { centroid: new Map(), members: [] }
    if (!best) clusters.push(target)
    target.members.push(ticket)
    for (const [term, w] of vector) target.centroid.set(term, (target.centroid.get(term) ?? 0) + w)
  })
  return clusters
    .filter((cluster) => cluster.members.length > 1)
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, GAP_CLUSTERING.maxGaps)
    .map((cluster) => ({
      terms: [...cluster.centroid]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, GAP_CLUSTERING.terms)
        .map(([term]) => term),
      size: cluster.members.length,
      examples: cluster.members
        .slice(0, GAP_CLUSTERING.examples)
        .map(({ ticketId, subject, createdAt }) => ({ ticketId, subject, createdAt })),
    }))
}
