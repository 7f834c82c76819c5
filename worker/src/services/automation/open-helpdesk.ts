import { createHelpdeskQuotaRepo } from '../../db/helpdesk-quota-repo.ts'
import type { Tenant } from '../../db/tenants-repo.ts'
import type { HelpdeskClient } from '../../helpdesks/adapter.ts'
import { HelpdeskApiError } from '../../helpdesks/fetch-with-retry.ts'
import { findAdapter } from '../../helpdesks/registry.ts'
import { readTenantSecret } from '../tenant-state/tenant-secrets.ts'

/** Transport overrides (tests shorten waits). */
export type HelpdeskTransport = { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> }

/**
 * The tenant's helpdesk API with its stored credentials and the per-account ticket-update budget; null when
 * the tenant has not connected its helpdesk (no API user or token registered).
 */
export const openHelpdesk = async (
  env: Env,
  tenant: Tenant,
  transport: HelpdeskTransport = {},
): Promise<HelpdeskClient | null> => {
  const adapter = findAdapter(tenant.helpdesk)
  if (!adapter || !tenant.apiUser) return null
  const apiToken = await readTenantSecret(env, tenant, 'api_token')
  if (!apiToken) return null
  const quota = createHelpdeskQuotaRepo(env.DB, tenant.id)
  return adapter.connect({
    account: tenant.account,
    apiUser: tenant.apiUser,
    apiToken,
    apiBase: adapter.apiBase(env),
    ...transport,
    async reserveTicketUpdate() {
      const slot = await quota.reserve('ticket_update', adapter.ticketUpdatesPerMinute, new Date())
      if (!slot.isGranted) {
        throw new HelpdeskApiError('rate_limited', 'The ticket update budget for this minute is spent', {
          upstreamStatus: null,
          isRetryable: true,
          retryAfterSec: slot.retryAfterSec,
        })
      }
    },
  })
}
