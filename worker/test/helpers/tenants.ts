import { env } from 'cloudflare:test'
import { SignJWT } from 'jose'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo, type HelpdeskKind, type Tenant } from '../../src/db/tenants-repo.ts'

/** A tenant seeded for a test, with a way to mint its sidebar tokens. */
export type SeededTenant = {
  tenant: Tenant
  sharedSecret: string
  token: (
    claims?: Record<string, unknown>,
    opts?: { expiresIn?: string; exp?: number; secret?: string; iat?: number },
  ) => Promise<string>
  auth: (claims?: Record<string, unknown>) => Promise<Record<string, string>>
}

/** Signs an HS256 token the way Zendesk's request proxy does. */
export const signAppToken = async (
  secret: string,
  claims: Record<string, unknown>,
  opts: { expiresIn?: string; exp?: number; iat?: number } = {},
): Promise<string> => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  jwt.setIssuedAt(opts.iat)
  jwt.setExpirationTime(opts.exp ?? opts.expiresIn ?? '5m')
  return jwt.sign(new TextEncoder().encode(secret))
}

/** Creates a tenant in the test database. */
export const seedTenant = async (
  account: string,
  helpdesk: HelpdeskKind = 'zendesk',
): Promise<SeededTenant> => {
  const sharedSecret = `secret-${account}-${crypto.randomUUID()}`
  const repo = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
  const tenant = await repo.upsert(
    { helpdesk, account, sharedSecret, apiToken: `token-${account}` },
    new Date(),
  )
  const iss = `https://${account}.${helpdesk}.com`
  const token: SeededTenant['token'] = (claims = {}, opts = {}) =>
    signAppToken(opts.secret ?? sharedSecret, { iss, aud: 'deskmate', sub: '1001', ...claims }, opts)
  return {
    tenant,
    sharedSecret,
    token,
    auth: async (claims) => ({
      Authorization: `Bearer ${await token(claims)}`,
      'Content-Type': 'application/json',
    }),
  }
}
