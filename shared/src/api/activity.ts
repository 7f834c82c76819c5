import { z } from 'zod'
import { ZReason } from './analyze.ts'

/** Outcomes the automation records. */
export const DECISIONS = ['auto_replied', 'draft_noted', 'escalated', 'skipped', 'failed'] as const
export type Decision = (typeof DECISIONS)[number]

/** One audited automation decision. */
export const ZActivityItem = z.object({
  id: z.string(),
  ticketId: z.string(),
  eventKey: z.string(),
  mode: z.string(),
  decision: z.enum(DECISIONS),
  reasons: z.array(ZReason),
  /** For a reply or a draft note: what the automation was allowed on. */
  allowedBecause: z.array(ZReason).optional(),
  /** The ticket's category and language as analysed (absent when the automation stopped before analysing). */
  category: z.string().optional(),
  language: z.string().optional(),
  engine: z.string(),
  tokens: z.number().int(),
  latencyMs: z.number(),
  createdAt: z.string(),
})
export type ActivityItem = z.infer<typeof ZActivityItem>

/** GET /v1/activity answer. */
export const ZActivityResponse = z.object({
  items: z.array(ZActivityItem),
  counters: z.record(z.string(), z.number()),
})
export type ActivityResponse = z.infer<typeof ZActivityResponse>

/** GET /v1/activity query. */
export const ZActivityQuery = z.object({
  ticketId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
export type ActivityQuery = z.infer<typeof ZActivityQuery>
