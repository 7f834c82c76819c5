import { AppError, type RegisterRequest, type RegisterResponse } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { timingSafeEqualText } from '../../crypto/timing-safe.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { createTenantsRepo, tenantIdFor, type TenantsRepo } from '../../db/tenants-repo.ts'
import type { HelpdeskClient } from '../../helpdesks/adapter.ts'
import { findAdapter } from '../../helpdesks/registry.ts'
import type { InstallationClaim } from '../../http/auth-installation.ts'
import type { KbSyncJob } from '../../queue/jobs.ts'
import type { HelpdeskTransport } from './open-helpdesk.ts'

/**
 * A known tenant's shared secret is replaced only for an administrator the helpdesk vouches for: every agent's
 * request proxy can fill the API token header, but it cannot produce the helpdesk's signed admin token. Without
 * one, re-registering must present the stored secret (what the proxy fills in), which changes nothing an agent
 * controls. A new tenant is trusted on first use (see docs/SECURITY.md).
 */
const requireAdminToReplaceSecret = async (
  tenants: TenantsRepo,
  client: HelpdeskClient,
  claim: InstallationClaim,
  input: RegisterRequest,
): Promise<void> => {
  const stored = await tenants.readSecret(tenantIdFor(claim.helpdesk, claim.account), 'shared_secret')
  if (input.adminToken) {
    await client.verifyAdminToken(input.adminToken, input.installationId, new Date())
    return
  }
  if (stored !== null && !timingSafeEqualText(stored, claim.sharedSecret)) {
    throw new AppError(
      'admin_required',
      'Only an administrator can change the shared secret: open Deskmate’s admin page in Zendesk to reconnect',
    )
  }
}

/**
 * Connects an installation, new or known: checks with the helpdesk that the API token is an administrator's
 * of the claimed account and, to replace a known tenant's secret, that an administrator signed in (nothing is
 * written before both), installs the helpdesk's automation (Zendesk: reads the webhook's signing secret and
 * creates the triggers if missing), then stores the shared secret and the credentials encrypted and queues a
 * KB sync. Re-registering installs nothing twice.
 */
export const registerTenant = async (
  env: Env,
  claim: InstallationClaim,
  input: RegisterRequest,
  transport: HelpdeskTransport = {},
): Promise<RegisterResponse> => {
  const adapter = findAdapter(claim.helpdesk)
  if (!adapter) throw new AppError('not_found', `Registration is not available for ${claim.helpdesk} yet`)
  if (input.credentials.helpdesk !== claim.helpdesk) {
    throw new AppError('validation_failed', `These are not ${claim.helpdesk} credentials`)
  }
  const client = adapter.connect({
    account: claim.account,
    credentials: input.credentials,
    apiToken: claim.apiToken,
    apiBase: adapter.apiBase(env),
    ...transport,
  })
  const { role } = await client.verifyCredentials()
  if (role !== 'admin') throw new AppError('forbidden', 'Registration needs an administrator’s API token')
  const tenantId = tenantIdFor(claim.helpdesk, claim.account)
  // With shards, a new tenant is placed in the directory first (docs/SCALING.md); its rows go to its database.
  const tenants = createTenantsRepo(tenantDatabase(env, tenantId), createSecretBox(env.ENCRYPTION_KEY))
  await requireAdminToReplaceSecret(tenants, client, claim, input)
  const installation = await client.install(input.installationId)
  await tenants.upsert(
    {
      helpdesk: claim.helpdesk,
      account: claim.account,
      sharedSecret: claim.sharedSecret,
      webhookSecret: installation.webhookSecret,
      apiToken: claim.apiToken,
      ...(input.credentials.helpdesk === 'zendesk' ? { apiUser: input.credentials.apiUser } : {}),
      installationId: input.installationId,
    },
    new Date(),
  )
  await env.JOBS.send({
    kind: 'kb_sync',
    tenantId,
    requestedAt: new Date().toISOString(),
  } satisfies KbSyncJob)
  return {
    tenantId,
    parts: installation.parts,
    adminSteps: installation.adminSteps,
    kbSyncQueued: true,
  }
}
