import type { KbCandidate, StoredArticle } from '../../../db/kb-repo.ts'
import { contentTerms, coverArticle, coverTerms, createTermIdf, weighTerms } from './content-terms.ts'
import { matchArticle, type ArticleMatch } from './match-article.ts'
import { articleFeatures, toCharCounts, weigh } from './passage-vectors.ts'
import { titleCosine, weighCandidates } from './weigh-candidates.ts'

/** Weights of the ranking score; fitted on BANKING77 (CC BY 4.0) queries. */
export type RankingWeights = { centroid: number; title: number; bm25: number }

export const RANKING_WEIGHTS: RankingWeights = { centroid: 1.5, title: 0.39, bm25: 0.38 }

/** A candidate with its ranking score and the evidence the confidence reads. */
export type ScoredCandidate = ArticleMatch & {
  article: StoredArticle
  score: number
  /** Cosine with the article's title. */
  title: number
  /** BM25 relative to the best candidate's. */
  bm25: number
  /** IDF-weighted share of the query's content words the article contains. */
  words: number
  /** IDF-weighted share of the query's content words no candidate contains (the same for every candidate). */
  unknownWords: number
  /** How many content words the query has. */
  queryWords: number
  /** IDF-weighted share of the article's title words the query contains. */
  titleWords: number
  /** Share of the article's key words (those in many of its passages) the query contains. */
  keyWords: number
}

/** A ticket's opening says what it is about; the rest would only cost CPU. */
const MAX_QUERY_CHARS = 1_000

/**
 * Scores full-text candidates, best first: character n-gram TF-IDF cosine between the query and each article's
 * centroid of passages (nearest centroid) and its title, blended with the BM25 score relative to the best
 * candidate. Each candidate also carries absolute evidence: its nearest passage, how much of the query's
 * n-grams and content words it covers, and how much of the query no candidate knows.
 */
export const scoreCandidates = (
  query: string,
  candidates: KbCandidate[],
  weights: RankingWeights = RANKING_WEIGHTS,
): ScoredCandidate[] => {
  if (candidates.length === 0) return []
  const features = candidates.map((candidate) => articleFeatures(candidate.article))
  // IDF over the candidates' passages: n-grams every candidate shares say nothing about which one fits.
  const queryCounts = toCharCounts(query.slice(0, MAX_QUERY_CHARS))
  const weighed = weighCandidates(features, queryCounts)
  const queryVector = weigh(queryCounts, weighed.query)
  const termSets = features.map((article) => article.terms.all)
  const queryTerms = contentTerms(query)
  const termIdf = createTermIdf(termSets)
  const terms = weighTerms(queryTerms, termSets, termIdf)
  const querySet = new Set(queryTerms)
  const topBm25 = Math.max(...candidates.map((candidate) => candidate.bm25), 1e-9)
  const scored = candidates.map((candidate, i): ScoredCandidate => {
    const article = features[i]!
    const idf = weighed.idf[i]!
    const texts = weighed.texts[i]!
    const match = matchArticle(queryVector, article, idf, texts)
    const title = titleCosine(queryVector, article, idf, texts)
    const bm25 = candidate.bm25 / topBm25
    const covered = coverArticle(querySet, article.terms, termSets, termIdf)
    return {
      article: candidate.article,
      score: weights.centroid * match.centroid + weights.title * title + weights.bm25 * bm25,
      ...match,
      title,
      bm25,
      words: coverTerms(terms, article.terms.all),
      unknownWords: terms.unknown,
      queryWords: terms.terms.length,
      titleWords: covered.title,
      keyWords: covered.key,
    }
  })
  return scored.sort((a, b) => b.score - a.score)
}
