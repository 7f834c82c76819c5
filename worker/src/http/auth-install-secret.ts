import { AppError, INSTALL_SECRET_HEADER } from '@deskmate/shared'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { timingSafeEqualText } from '../crypto/timing-safe.ts'
import { tenantIdFor } from '../db/tenants-repo.ts'
import { loadTenantState, type TenantState } from '../services/tenant-state/load-tenant-state.ts'
import { accountFromIssuer } from './app-token.ts'
import type { Principal } from './principal.ts'

/** The helpdesk a Freshdesk request template names (`iparam.freshdesk_domain`), beside INSTALL_SECRET_HEADER. */
export const ACCOUNT_HEADER = 'X-Deskmate-Account'

// One answer for a missing header, an unknown account, a Zendesk account and a wrong secret: no enumeration.
const notValid = (): AppError => new AppError('unauthorized', 'The installation secret is not valid')

/** True when the request carries the request-template headers (and is not a Bearer request). */
export const hasInstallSecret = (c: Context<AppEnv>): boolean =>
  Boolean(c.req.header(ACCOUNT_HEADER) && c.req.header(INSTALL_SECRET_HEADER))

/**
 * Authenticates a Freshdesk request template: `X-Deskmate-Account` names the helpdesk (`acme.freshdesk.com`),
 * `X-Deskmate-Install-Secret` is the installation's secure iparam, compared in constant time with the stored
 * shared secret. Only a Freshdesk admin can set iparams, but the request names no user: it makes an agent.
 * @example const { state, principal } = await authenticateInstallSecret(c)
 */
export const authenticateInstallSecret = async (
  c: Context<AppEnv>,
): Promise<{ state: TenantState; principal: Principal }> => {
  const account = accountFromIssuer(c.req.header(ACCOUNT_HEADER)?.trim())
  const presented = c.req.header(INSTALL_SECRET_HEADER)?.trim() ?? ''
  if (!account || account.helpdesk !== 'freshdesk' || presented.length > 200) throw notValid()
  const state = await loadTenantState(c.env, tenantIdFor('freshdesk', account.account), new Date())
  const secret = state ? await state.secret('shared_secret') : null
  // Compare even when the tenant is unknown, so both failures take the same path.
  const matches = timingSafeEqualText(presented, secret ?? '')
  if (!state || !secret || !matches) throw notValid()
  return { state, principal: { kind: 'agent' } }
}
