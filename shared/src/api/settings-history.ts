import { z } from 'zod'

/** One setting an admin changed; a secret (the Anthropic key) appears only as whether it is set. */
export const ZSettingsChange = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
})
export type SettingsChange = z.infer<typeof ZSettingsChange>

/** One audited settings update: who, when, and each field's value before → after. */
export const ZSettingsHistoryEntry = z.object({
  id: z.string(),
  changedAt: z.string(),
  changedBy: z.object({ userId: z.string(), name: z.string().nullable() }),
  changes: z.array(ZSettingsChange),
})
export type SettingsHistoryEntry = z.infer<typeof ZSettingsHistoryEntry>

/** GET /v1/settings/history answer, newest first. */
export const ZSettingsHistoryResponse = z.object({ items: z.array(ZSettingsHistoryEntry) })
export type SettingsHistoryResponse = z.infer<typeof ZSettingsHistoryResponse>

/** GET /v1/settings/history query. */
export const ZSettingsHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
