import { AppError, ZTrainingRequest, type TrainingCandidate, type TrainingState } from '@deskmate/shared'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { createModelVersionsRepo } from '../db/model-versions-repo.ts'
import { createModelsRepo } from '../db/models-repo.ts'
import { createSettingsAuditRepo } from '../db/settings-audit-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { validateJson } from '../http/validate.ts'
import { openHelpdesk } from '../services/automation/open-helpdesk.ts'
import { resolveSettings } from '../services/tenant-settings.ts'
import { trainCandidate } from '../services/training/train-candidate.ts'
import {
  adoptCandidate,
  rollbackModel,
  trainingState,
  type SwitchModelDeps,
} from '../services/training/switch-model.ts'

const reposOf = (c: Context<AppEnv>) => {
  const tenantId = c.get('tenant').id
  const db = tenantDatabase(c.env, tenantId)
  return {
    models: createModelsRepo(db, tenantId),
    versions: createModelVersionsRepo(db, tenantId, 'category'),
  }
}

/** Who switches the model (the audit needs the admin the helpdesk vouched for) and where it is written. */
const switchDeps = (c: Context<AppEnv>): SwitchModelDeps => {
  const principal = c.get('principal')
  if (principal.kind !== 'admin') throw new AppError('admin_required', 'Only an administrator can do this')
  const tenant = c.get('tenant')
  const db = tenantDatabase(c.env, tenant.id)
  return {
    db,
    ...reposOf(c),
    audit: createSettingsAuditRepo(db, tenant.id),
    changedBy: { userId: principal.userId, name: principal.name },
    mode: resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY)).mode,
    now: new Date(),
  }
}

/**
 * /v1/admin/training (admins only): learn the category model from the account's solved tickets as a candidate,
 * adopt it, roll back. Adopting and rolling back are audited like a settings change.
 */
export const adminTrainingRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { models, versions } = reposOf(c)
    c.header('Cache-Control', 'no-store')
    return c.json((await trainingState(models, versions)) satisfies TrainingState)
  })
  .post('/', validateJson(ZTrainingRequest), async (c) => {
    const tenant = c.get('tenant')
    const candidate = await trainCandidate(c.req.valid('json'), {
      db: tenantDatabase(c.env, tenant.id),
      helpdesk: await openHelpdesk(c.env, tenant),
      settings: resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY)),
      ...reposOf(c),
      now: new Date(),
    })
    return c.json(candidate satisfies TrainingCandidate)
  })
  .post('/rollback', async (c) => c.json((await rollbackModel(switchDeps(c))) satisfies TrainingState))
  .post('/:id/adopt', async (c) =>
    c.json((await adoptCandidate(c.req.param('id'), switchDeps(c))) satisfies TrainingState),
  )
