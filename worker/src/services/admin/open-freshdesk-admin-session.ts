import { AppError, type AdminSession } from '@deskmate/shared'
import type { Tenant } from '../../db/tenants-repo.ts'
import { openHelpdesk, type HelpdeskTransport } from '../automation/open-helpdesk.ts'
import { issueAdminSession } from './open-admin-session.ts'

/**
 * Exchanges a Freshdesk administrator's own API key for a one-hour admin session. The caller has already
 * proved the request came through the tenant's installation (its install secret); Freshdesk then says, on the
 * tenant's own domain, whose key it is and whether they are an administrator there. The key is used for those
 * two reads only: never stored, never logged, never part of an error.
 * @example const session = await openFreshdeskAdminSession(env, tenant, key, new Date())
 */
export const openFreshdeskAdminSession = async (
  env: Env,
  tenant: Tenant,
  adminKey: string,
  now: Date,
  transport: HelpdeskTransport = {},
): Promise<AdminSession> => {
  const helpdesk = tenant.helpdesk === 'freshdesk' ? await openHelpdesk(env, tenant, transport) : null
  if (!helpdesk) throw new AppError('unauthorized', 'The installation secret is not valid')
  const admin = await helpdesk.verifyAdminToken(adminKey, tenant.installationId ?? '', now)
  return issueAdminSession(env, tenant.id, admin, now)
}
