import { AppError, type RegisterRequest, type RegisterResponse } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor } from '../../db/tenants-repo.ts'
import { findAdapter } from '../../helpdesks/registry.ts'
import type { InstallationClaim } from '../../http/auth-installation.ts'
import type { KbSyncJob } from '../../queue/jobs.ts'
import type { HelpdeskTransport } from './open-helpdesk.ts'

/**
 * Connects an installation, new or known: checks with the helpdesk that the API token is an administrator's
 * of the claimed account (the only proof of ownership: nothing is written before it), reads the webhook's
 * per-installation signing secret, creates the trigger if missing, then stores the shared secret (which may
 * have rotated) and the credentials encrypted and queues a KB sync. Re-registering creates no second trigger.
 */
export const registerTenant = async (
  env: Env,
  claim: InstallationClaim,
  input: RegisterRequest,
  transport: HelpdeskTransport = {},
): Promise<RegisterResponse> => {
  const adapter = findAdapter(claim.helpdesk)
  if (!adapter) throw new AppError('not_found', `Registration is not available for ${claim.helpdesk} yet`)
  const client = adapter.connect({
    account: claim.account,
    apiUser: input.apiUser,
    apiToken: claim.apiToken,
    apiBase: adapter.apiBase(env),
    ...transport,
  })
  const { role } = await client.verifyCredentials()
  if (role !== 'admin') throw new AppError('forbidden', 'Registration needs an administrator’s API token')
  const installation = await client.connectInstallation(input.installationId)
  const tenants = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
  await tenants.upsert(
    {
      helpdesk: claim.helpdesk,
      account: claim.account,
      sharedSecret: claim.sharedSecret,
      webhookSecret: installation.webhookSecret,
      apiToken: claim.apiToken,
      apiUser: input.apiUser,
      installationId: input.installationId,
    },
    new Date(),
  )
  const tenantId = tenantIdFor(claim.helpdesk, claim.account)
  await env.JOBS.send({
    kind: 'kb_sync',
    tenantId,
    requestedAt: new Date().toISOString(),
  } satisfies KbSyncJob)
  return {
    tenantId,
    webhookId: installation.webhookId,
    triggerId: installation.triggerId,
    isTriggerCreated: installation.isTriggerCreated,
    kbSyncQueued: true,
  }
}
