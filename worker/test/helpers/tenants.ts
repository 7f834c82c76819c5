import { env } from 'cloudflare:test'
import { SignJWT } from 'jose'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor, type HelpdeskKind, type Tenant } from '../../src/db/tenants-repo.ts'
import { signAdminSession } from '../../src/http/admin-session.ts'

/** A tenant seeded for a test, with a way to mint its sidebar tokens. */
export type SeededTenant = {
  tenant: Tenant
  sharedSecret: string
  token: (
    claims?: Record<string, unknown>,
    opts?: { expiresIn?: string; exp?: number; secret?: string; iat?: number },
  ) => Promise<string>
  auth: (claims?: Record<string, unknown>) => Promise<Record<string, string>>
  /** Headers with an admin session of this tenant, as `POST /v1/admin/session` issues it. */
  adminAuth: () => Promise<Record<string, string>>
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

/** An app installation's signing side: its shared secret and tokens, whether or not the Worker knows it yet. */
export type AppInstallation = Omit<SeededTenant, 'tenant'> & {
  /** The headers the request proxy sends on registration (JWT, install secret, API token). */
  registrationHeaders: (apiToken: string, opts?: { secret?: string }) => Promise<Record<string, string>>
}

/** A new installation of the app in an account (nothing stored). */
export const createInstallation = (
  account: string,
  helpdesk: HelpdeskKind = 'zendesk',
  sharedSecret = `secret-${account}-${crypto.randomUUID()}`,
): AppInstallation => {
  const iss = `https://${account}.${helpdesk}.com`
  const token: SeededTenant['token'] = (claims = {}, opts = {}) =>
    signAppToken(opts.secret ?? sharedSecret, { iss, aud: 'deskmate', sub: '1001', ...claims }, opts)
  const auth: SeededTenant['auth'] = async (claims) => ({
    Authorization: `Bearer ${await token(claims)}`,
    'Content-Type': 'application/json',
  })
  const adminAuth: SeededTenant['adminAuth'] = async () => {
    const tenantId = tenantIdFor(helpdesk, account)
    const session = await signAdminSession(
      env.ENCRYPTION_KEY,
      { tenantId, userId: '900', name: 'Alex Admin' },
      new Date(),
    )
    return { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' }
  }
  return {
    sharedSecret,
    token,
    auth,
    adminAuth,
    registrationHeaders: async (apiToken, opts = {}) => ({
      Authorization: `Bearer ${await token({}, opts)}`,
      'Content-Type': 'application/json',
      'X-Deskmate-Install-Secret': sharedSecret,
      'X-Deskmate-Api-Token': apiToken,
    }),
  }
}

/** Creates a tenant in the test database. */
export const seedTenant = async (
  account: string,
  helpdesk: HelpdeskKind = 'zendesk',
): Promise<SeededTenant> => {
  const installation = createInstallation(account, helpdesk)
  const repo = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
  const tenant = await repo.upsert(
    { helpdesk, account, sharedSecret: installation.sharedSecret, apiToken: `token-${account}` },
    new Date(),
  )
  return {
    tenant,
    sharedSecret: installation.sharedSecret,
    token: installation.token,
    auth: installation.auth,
    adminAuth: installation.adminAuth,
  }
}
