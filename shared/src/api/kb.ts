import { z } from 'zod'
import { ZTicket } from '../tickets/ticket.ts'

/** Bounds for one KB article and one import. */
export const KB_LIMITS = { title: 500, body: 50_000, examples: 50, example: 500, articles: 500 } as const

/** One KB article as a tenant upserts it (ids are the tenant's own). */
export const ZKbArticle = z.object({
  id: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(KB_LIMITS.title),
  body: z.string().trim().min(1).max(KB_LIMITS.body),
  locale: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, 'Expected a locale such as en or pt-BR'),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional(),
  examples: z.array(z.string().trim().min(1).max(KB_LIMITS.example)).max(KB_LIMITS.examples).optional(),
})
export type KbArticle = z.infer<typeof ZKbArticle>

/** PUT /v1/kb/articles body. */
export const ZKbUpsertRequest = z.object({ articles: z.array(ZKbArticle).min(1).max(KB_LIMITS.articles) })
export type KbUpsertRequest = z.infer<typeof ZKbUpsertRequest>

/** PUT /v1/kb/articles answer. */
export const ZKbUpsertResponse = z.object({ upserted: z.number().int(), ids: z.array(z.string()) })
export type KbUpsertResponse = z.infer<typeof ZKbUpsertResponse>

/** POST /v1/kb/articles/import answer. */
export const ZKbImportResponse = z.object({
  format: z.enum(['json', 'csv', 'markdown']),
  imported: z.number().int(),
  ids: z.array(z.string()),
})
export type KbImportResponse = z.infer<typeof ZKbImportResponse>

/** POST /v1/kb/suggest body: a ticket, or a free-text query. */
export const ZSuggestRequest = z
  .object({
    ticket: ZTicket.optional(),
    query: z.string().trim().min(1).max(2_000).optional(),
    language: z.string().max(10).optional(),
    limit: z.number().int().min(1).max(10).default(3),
  })
  .refine((r) => r.ticket !== undefined || r.query !== undefined, {
    message: 'Send a ticket or a query',
    path: ['query'],
  })
export type SuggestRequest = z.infer<typeof ZSuggestRequest>

/** One suggested article. */
export const ZSuggestion = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  snippet: z.string(),
  locale: z.string(),
  score: z.number(),
  confidence: z.number().min(0).max(1),
})
export type Suggestion = z.infer<typeof ZSuggestion>

/** POST /v1/kb/suggest answer. */
export const ZSuggestResponse = z.object({
  articles: z.array(ZSuggestion),
  engine: z.enum(['local', 'claude']),
})
export type SuggestResponse = z.infer<typeof ZSuggestResponse>
