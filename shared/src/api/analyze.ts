import { z } from 'zod'
import { SENTIMENTS } from '../sentiment/sentiment.ts'
import { ZTicket } from '../tickets/ticket.ts'

/** Which engine produced an answer. */
export const ENGINES = ['local', 'claude'] as const
export type EngineName = (typeof ENGINES)[number]

/** A label with the engine's confidence in [0, 1]. */
export const ZScoredLabel = z.object({ label: z.string(), confidence: z.number().min(0).max(1) })
export type ScoredLabel = z.infer<typeof ZScoredLabel>

/** Sentiment: score in [-1, 1], one of five labels, and two flags. */
export const ZSentiment = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(SENTIMENTS),
  frustrated: z.boolean(),
  urgent: z.boolean(),
})
export type Sentiment = z.infer<typeof ZSentiment>

/** Things found in the ticket text. */
export const ZEntities = z.object({
  orderNumbers: z.array(z.string()),
  invoiceIds: z.array(z.string()),
  emails: z.array(z.string()),
  errorCodes: z.array(z.string()),
  urls: z.array(z.string()),
})
export type Entities = z.infer<typeof ZEntities>

/**
 * One reason in an auto-reply decision: a stable code, an English message, and the values the message names
 * (so an app can word it in the agent's language).
 */
export const ZReason = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.string()).optional(),
})
export type Reason = z.infer<typeof ZReason>

/** POST /v1/tickets/analyze body. */
export const ZAnalyzeRequest = z.object({ ticket: ZTicket })
export type AnalyzeRequest = z.infer<typeof ZAnalyzeRequest>

/** POST /v1/tickets/analyze answer. */
export const ZAnalysis = z.object({
  category: ZScoredLabel,
  priority: ZScoredLabel,
  type: ZScoredLabel,
  sentiment: ZSentiment,
  language: z.object({ code: z.string(), confidence: z.number().min(0).max(1) }),
  entities: ZEntities,
  sensitiveTopics: z.array(z.string()),
  autoReply: z.object({
    eligible: z.boolean(),
    reasons: z.array(ZReason),
    /** What an eligible ticket was allowed on (article and confidence, category, sentiment, channel). */
    allowedBecause: z.array(ZReason).optional(),
  }),
  engine: z.enum(ENGINES),
  timings: z.record(z.string(), z.number()),
})
export type Analysis = z.infer<typeof ZAnalysis>
