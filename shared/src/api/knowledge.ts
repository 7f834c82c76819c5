import { z } from 'zod'

/** The last Help Center sync: when it succeeded, what it wrote, and the last failure since (null when none). */
export type KnowledgeSync = {
  syncedAt: string | null
  articles: number
  examples: number
  lastError: string | null
  failedAt: string | null
}

/** Indexed articles and their example questions in one language. */
export type KnowledgeLanguage = { language: string; articles: number; examples: number }

/** GET /v1/admin/knowledge: the sync's state and the index's counts per language. */
export type KnowledgeSummary = { sync: KnowledgeSync; languages: KnowledgeLanguage[] }

/** One indexed article as the console lists it (no body). */
export type KnowledgeArticle = {
  id: string
  title: string
  language: string
  url: string | null
  examples: number
  /** True when the Help Center sync wrote it (false: imported or written through the API). */
  synced: boolean
  updatedAt: string
}

/** GET /v1/admin/knowledge/articles query: a page of the index, searched by title or id. */
export const ZKnowledgeArticlesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})
export type KnowledgeArticlesQuery = z.infer<typeof ZKnowledgeArticlesQuery>

/** A page of indexed articles, ordered by title; `total` counts every match. */
export type KnowledgeArticlesPage = { items: KnowledgeArticle[]; total: number }
