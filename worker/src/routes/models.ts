import { ZTrainRequest, type TrainResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createModelsRepo } from '../db/models-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { validateJson } from '../http/validate.ts'
import { resolveSettings } from '../services/tenant-settings.ts'
import { trainTenantModel } from '../services/train-tenant-model.ts'

/** /v1/models: retrain the tenant's local classifier from labelled examples. */
export const modelRoutes = new Hono<AppEnv>().post('/train', validateJson(ZTrainRequest), async (c) => {
  const tenant = c.get('tenant')
  const trained = await trainTenantModel(c.req.valid('json'), {
    settings: resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY)),
    models: createModelsRepo(tenantDatabase(c.env, tenant.id), tenant.id),
    now: new Date(),
  })
  return c.json(trained satisfies TrainResponse)
})
