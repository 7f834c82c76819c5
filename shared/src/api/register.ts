import { z } from 'zod'

/** POST /v1/tenants/register body (the credentials travel in headers the proxy fills, never in the browser's data). */
export const ZRegisterRequest = z.object({
  apiUser: z.email().max(320),
  installationId: z.union([z.string().regex(/^\d{1,20}$/), z.number().int().positive()]).transform(String),
  /** A token the helpdesk signed for an administrator (Zendesk: the ZAF JWT of the signed admin page). */
  adminToken: z.string().min(1).max(8192).optional(),
})
export type RegisterRequest = z.infer<typeof ZRegisterRequest>

/** POST /v1/tenants/register answer. */
export const ZRegisterResponse = z.object({
  tenantId: z.string(),
  webhookId: z.string(),
  triggerId: z.string(),
  isTriggerCreated: z.boolean(),
  kbSyncQueued: z.boolean(),
})
export type RegisterResponse = z.infer<typeof ZRegisterResponse>
