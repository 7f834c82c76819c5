import type { HelpdeskCredentials } from '@deskmate/shared'
import type { Tenant } from '../../db/tenants-repo.ts'
import type { HelpdeskClient } from '../../helpdesks/adapter.ts'
import { findAdapter } from '../../helpdesks/registry.ts'
import { readTenantSecret } from '../tenant-state/tenant-secrets.ts'

/** Who the stored secret belongs to; null when registration did not record it (Zendesk without its API user). */
const credentialsOf = (tenant: Tenant): HelpdeskCredentials | null => {
  if (tenant.helpdesk === 'freshdesk') return { helpdesk: 'freshdesk' }
  return tenant.apiUser ? { helpdesk: 'zendesk', apiUser: tenant.apiUser } : null
}

/** Transport overrides (tests shorten waits). */
export type HelpdeskTransport = { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> }

/**
 * The tenant's helpdesk API with its stored credentials; null when the tenant has not connected its helpdesk
 * (no credentials registered). `apiToken` is the decrypted token when the caller already read it
 * (undefined: read it here).
 */
export const openHelpdesk = async (
  env: Env,
  tenant: Tenant,
  transport: HelpdeskTransport = {},
  apiToken?: string | null,
): Promise<HelpdeskClient | null> => {
  const adapter = findAdapter(tenant.helpdesk)
  const credentials = credentialsOf(tenant)
  if (!adapter || !credentials) return null
  const token = apiToken !== undefined ? apiToken : await readTenantSecret(env, tenant, 'api_token')
  if (!token) return null
  return adapter.connect({
    account: tenant.account,
    credentials,
    apiToken: token,
    apiBase: adapter.apiBase(env),
    ...transport,
  })
}
