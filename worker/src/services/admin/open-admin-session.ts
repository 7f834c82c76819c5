import { AppError, type AdminSession } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor } from '../../db/tenants-repo.ts'
import { signAdminSession } from '../../http/admin-session.ts'
import { readTokenAccount } from '../../http/app-token.ts'
import { openHelpdesk, type HelpdeskTransport } from '../automation/open-helpdesk.ts'

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
  const tenant = await createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).findById(tenantId)
  const helpdesk = tenant?.installationId ? await openHelpdesk(env, tenant, transport) : null
  if (!tenant?.installationId || !helpdesk) throw new AppError('unauthorized', 'The token is not valid')
  const user =
    options.allowViewer && helpdesk.verifyUserToken
      ? await helpdesk.verifyUserToken(helpdeskToken, tenant.installationId, now)
      : { ...(await helpdesk.verifyAdminToken(helpdeskToken, tenant.installationId, now)), isAdmin: true }
  const session = await signAdminSession(
    env.ENCRYPTION_KEY,
    { tenantId, userId: user.userId, name: user.name, ...(user.isAdmin ? {} : { viewer: true }) },
    now,
  )
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    tenantId,
    user: { id: user.userId, name: user.name },
    ...(user.isAdmin ? {} : { readOnly: true }),
  }
}
