import { z } from 'zod'

/**
 * POST /v1/admin/session body: the token the helpdesk signed for the user (Zendesk POSTs its ZAF JWT as the
 * form field `token` to a signed location; JSON with the same field is accepted too).
 */
export const ZAdminSessionRequest = z.object({ token: z.string().min(1).max(8192) })
export type AdminSessionRequest = z.infer<typeof ZAdminSessionRequest>

/** POST /v1/admin/session answer: a short-lived admin session the helpdesk vouched for. */
export const ZAdminSession = z.object({
  /** Bearer token for the admin operations (settings, KB writes and syncs, training, the full activity log). */
  token: z.string(),
  expiresAt: z.string(),
  tenantId: z.string(),
  user: z.object({ id: z.string(), name: z.string().nullable() }),
  /** An agent's read-only console: the session reaches only what agents may read (GET /v1/settings). */
  readOnly: z.literal(true).optional(),
})
export type AdminSession = z.infer<typeof ZAdminSession>
