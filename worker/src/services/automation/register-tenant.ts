import { AppError, type RegisterRequest, type RegisterResponse } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { createTenantsRepo, type Tenant } from '../../db/tenants-repo.ts'
import { findAdapter } from '../../helpdesks/registry.ts'
import type { KbSyncJob } from '../../queue/jobs.ts'
import type { HelpdeskTransport } from './open-helpdesk.ts'

/**
 * Connects an installation: checks the admin's API token, reads the webhook's per-installation signing
 * secret, creates the trigger if missing, stores the credentials encrypted and queues a KB sync.
 * Re-registering repeats the checks and updates the stored secrets without creating a second trigger.
 */
export const registerTenant = async (
  env: Env,
  tenant: Tenant,
  input: RegisterRequest & { apiToken: string },
  transport: HelpdeskTransport = {},
): Promise<RegisterResponse> => {
  const adapter = findAdapter(tenant.helpdesk)
  if (!adapter) throw new AppError('not_found', `Registration is not available for ${tenant.helpdesk} yet`)
  const client = adapter.connect({
    account: tenant.account,
    apiUser: input.apiUser,
    apiToken: input.apiToken,
    apiBase: adapter.apiBase(env),
    ...transport,
  })
  const { role } = await client.verifyCredentials()
  if (role !== 'admin') throw new AppError('forbidden', 'Registration needs an administrator’s API token')
  const installation = await client.connectInstallation(input.installationId)
  const tenants = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
  const sharedSecret = await tenants.readSecret(tenant.id, 'shared_secret')
  if (!sharedSecret) throw new AppError('unauthorized', 'The installation has no shared secret')
  await tenants.upsert(
    {
      helpdesk: tenant.helpdesk,
      account: tenant.account,
      sharedSecret,
      webhookSecret: installation.webhookSecret,
      apiToken: input.apiToken,
      apiUser: input.apiUser,
      installationId: input.installationId,
    },
    new Date(),
  )
  await env.JOBS.send({
    kind: 'kb_sync',
    tenantId: tenant.id,
    requestedAt: new Date().toISOString(),
  } satisfies KbSyncJob)
  return {
    tenantId: tenant.id,
    webhookId: installation.webhookId,
    triggerId: installation.triggerId,
    isTriggerCreated: installation.isTriggerCreated,
    kbSyncQueued: true,
  }
}
