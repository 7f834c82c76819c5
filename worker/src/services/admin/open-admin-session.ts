import { AppError, type AdminSession } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { createTenantsRepo, tenantIdFor } from '../../db/tenants-repo.ts'
import { signAdminSession } from '../../http/admin-session.ts'
import { readTokenAccount } from '../../http/app-token.ts'
import type { AdminIdentity } from '../../helpdesks/adapter.ts'
import { openHelpdesk, type HelpdeskTransport } from '../automation/open-helpdesk.ts'

/**
 * The one-hour admin session of an administrator the helpdesk vouched for, signed with a key derived from
 * ENCRYPTION_KEY and the tenant id (never the installation's shared secret).
 */
export const issueAdminSession = async (
  env: Env,
  tenantId: string,
  admin: AdminIdentity,
  now: Date,
  { viewer = false }: { viewer?: boolean } = {},
): Promise<AdminSession> => {
  const session = await signAdminSession(
    env.ENCRYPTION_KEY,
    { tenantId, userId: admin.userId, name: admin.name, ...(viewer ? { viewer: true } : {}) },
    now,
  )
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    tenantId,
    user: { id: admin.userId, name: admin.name },
    ...(viewer ? { readOnly: true } : {}),
  }
}

/**
 * Exchanges a token the helpdesk signed for a user (Zendesk: the ZAF JWT POSTed to the signed admin page) for a
 * one-hour admin session: the helpdesk adapter verifies the token against the tenant's installation and asks
 * the helpdesk, with the tenant's stored credentials, whether the user is an administrator. Only then is a
 * session issued, signed with a key derived from ENCRYPTION_KEY (never the installation's shared secret).
 */
export const openAdminSession = async (
  env: Env,
  helpdeskToken: string,
  now: Date,
  transport: HelpdeskTransport = {},
  options: { allowViewer?: boolean } = {},
): Promise<AdminSession> => {
  // The account in `iss` only picks the tenant whose installation and credentials the token must match.
  const account = readTokenAccount(helpdeskToken)
  const tenantId = tenantIdFor(account.helpdesk, account.account)
  const tenant = await createTenantsRepo(
    tenantDatabase(env, tenantId),
    createSecretBox(env.ENCRYPTION_KEY),
  ).findById(tenantId)
  const helpdesk = tenant?.installationId ? await openHelpdesk(env, tenant, transport) : null
  if (!tenant?.installationId || !helpdesk) throw new AppError('unauthorized', 'The token is not valid')
  const user =
    options.allowViewer && helpdesk.verifyUserToken
      ? await helpdesk.verifyUserToken(helpdeskToken, tenant.installationId, now)
      : { ...(await helpdesk.verifyAdminToken(helpdeskToken, tenant.installationId, now)), isAdmin: true }
  return issueAdminSession(env, tenantId, user, now, { viewer: !user.isAdmin })
}
