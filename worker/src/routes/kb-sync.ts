import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createKbSyncRepo } from '../db/kb-sync-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import type { KbSyncJob } from '../queue/jobs.ts'

/** /v1/kb/sync: queue a pull of the tenant's helpdesk KB; GET reports the last one. */
export const kbSyncRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const job: KbSyncJob = {
      kind: 'kb_sync',
      tenantId: c.get('tenant').id,
      requestedAt: new Date().toISOString(),
    }
    await c.env.JOBS.send(job)
    return c.json({ queued: true }, 202)
  })
  .get('/', async (c) => {
    const tenantId = c.get('tenant').id
    return c.json(await createKbSyncRepo(tenantDatabase(c.env, tenantId), tenantId).readState())
  })
