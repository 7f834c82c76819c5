import { z } from 'zod'

/** Header that carries the helpdesk API token (filled by the request proxy from a secure setting). */
export const API_TOKEN_HEADER = 'X-Deskmate-Api-Token'

/** POST /v1/tenants/register body (the token travels in API_TOKEN_HEADER, never in the browser's data). */
export const ZRegisterRequest = z.object({
  apiUser: z.email().max(320),
  installationId: z.union([z.string().regex(/^\d{1,20}$/), z.number().int().positive()]).transform(String),
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
