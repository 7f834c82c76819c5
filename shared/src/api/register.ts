import { z } from 'zod'

/**
 * Who the API credentials belong to, per helpdesk (the secret itself travels in a header the proxy fills, never
 * in the browser's data): Zendesk pairs its API token with the admin's email; Freshdesk's API key stands alone.
 */
export const ZHelpdeskCredentials = z.discriminatedUnion('helpdesk', [
  z.object({ helpdesk: z.literal('zendesk'), apiUser: z.email().max(320) }),
  z.object({ helpdesk: z.literal('freshdesk') }),
])
export type HelpdeskCredentials = z.infer<typeof ZHelpdeskCredentials>

// Zendesk apps released before the credentials union send `{ apiUser }` at the top level.
const withCredentials = (body: unknown): unknown => {
  if (typeof body !== 'object' || body === null || 'credentials' in body || !('apiUser' in body)) return body
  const { apiUser, ...rest } = body as Record<string, unknown>
  return { ...rest, credentials: { helpdesk: 'zendesk', apiUser } }
}

/** POST /v1/tenants/register body. */
export const ZRegisterRequest = z.preprocess(
  withCredentials,
  z.object({
    credentials: ZHelpdeskCredentials,
    installationId: z.union([z.string().regex(/^\d{1,20}$/), z.number().int().positive()]).transform(String),
    /** A token the helpdesk signed for an administrator (Zendesk: the ZAF JWT of the signed admin page). */
    adminToken: z.string().min(1).max(8192).optional(),
  }),
)
export type RegisterRequest = z.infer<typeof ZRegisterRequest>

/**
 * One piece of the helpdesk's automation Deskmate relies on, in the helpdesk's own words (Zendesk: its webhook
 * and triggers; Freshdesk: an automation rule), found in place or created now.
 */
export const ZInstalledPart = z.object({
  kind: z.string().max(60),
  id: z.string().max(100),
  isCreated: z.boolean(),
})
export type InstalledPart = z.infer<typeof ZInstalledPart>

/** POST /v1/tenants/register answer: what is in place, and what the admin still has to do in the helpdesk. */
export const ZRegisterResponse = z.object({
  tenantId: z.string(),
  parts: z.array(ZInstalledPart),
  /** Steps the admin must take by hand (e.g. a rule the API could not create); empty when nothing is left. */
  adminSteps: z.array(z.string()),
  kbSyncQueued: z.boolean(),
})
export type RegisterResponse = z.infer<typeof ZRegisterResponse>
