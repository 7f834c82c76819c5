import type { Tenant } from '../../db/tenants-repo.ts'
import type { HelpdeskClient } from '../../helpdesks/adapter.ts'
import { findAdapter } from '../../helpdesks/registry.ts'
import { readTenantSecret } from '../tenant-state/tenant-secrets.ts'

/** Transport overrides (tests shorten waits). */
export type HelpdeskTransport = { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> }

/**
 * The tenant's helpdesk API with its stored credentials; null when the tenant has not connected its helpdesk
 * (no API user or token registered). `apiToken` is the decrypted token when the caller already read it
 * (undefined: read it here).
 */
export const openHelpdesk = async (
  env: Env,
  tenant: Tenant,
  transport: HelpdeskTransport = {},
  apiToken?: string | null,
): Promise<HelpdeskClient | null> => {
  const adapter = findAdapter(tenant.helpdesk)
  if (!adapter || !tenant.apiUser) return null
  const token = apiToken !== undefined ? apiToken : await readTenantSecret(env, tenant, 'api_token')
  if (!token) return null
  return adapter.connect({
    account: tenant.account,
    apiUser: tenant.apiUser,
    apiToken: token,
    apiBase: adapter.apiBase(env),
    ...transport,
  })
}
