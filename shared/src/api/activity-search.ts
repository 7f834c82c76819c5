import { z } from 'zod'
import { DECISIONS } from './activity.ts'

/** GET /v1/admin/activity query: the decisions log filtered, searched, as JSON or CSV. */
export const ZActivitySearchQuery = z.object({
  decision: z.enum(DECISIONS).optional(),
  /** A reason code the decision gave (why it escalated, or what an answer was allowed on). */
  reason: z
    .string()
    .regex(/^[a-z0-9_]{1,80}$/)
    .optional(),
  /** The ticket's category (the tenant's taxonomy) and primary language (ISO 639-1). */
  category: z
    .string()
    .regex(/^[a-z0-9_]{1,50}$/)
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  /** From this instant (inclusive) to that one (exclusive), ISO 8601. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** A ticket id, or words of a reason as people read it. */
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  format: z.enum(['json', 'csv']).default('json'),
})
export type ActivitySearchQuery = z.infer<typeof ZActivitySearchQuery>
