import { AppError, type ActiveModel, type SettingsHistoryEntry, type TrainingState } from '@deskmate/shared'
import type { ModelVersionsRepo } from '../../db/model-versions-repo.ts'
import type { ModelsRepo, StoredModel } from '../../db/models-repo.ts'
import type { SettingsAuditRepo } from '../../db/settings-audit-repo.ts'

/** The audit's name for the category model in a change's `field`. */
export const MODEL_FIELD = 'categoryModel'

/** What adopting and rolling back read and write, and who does it. */
export type SwitchModelDeps = {
  db: D1Database
  models: ModelsRepo
  versions: ModelVersionsRepo
  audit: SettingsAuditRepo
  changedBy: SettingsHistoryEntry['changedBy']
  mode: string
  now: Date
}

const describe = (model: StoredModel | null | undefined): ActiveModel =>
  model
    ? { source: 'tenant', examples: model.examples, trainedAt: model.trainedAt }
    : { source: 'default', examples: null, trainedAt: null }

const activeCategoryModel = async (models: ModelsRepo): Promise<StoredModel | null> =>
  (await models.list()).find((model) => model.target === 'category') ?? null

/** What the console shows: the active category model, the candidate and what a rollback restores. */
export const trainingState = async (
  models: ModelsRepo,
  versions: ModelVersionsRepo,
): Promise<TrainingState> => {
  const [active, candidate, previous] = await Promise.all([
    activeCategoryModel(models),
    versions.info('candidate'),
    versions.info('previous'),
  ])
  return {
    active: describe(active),
    candidate: candidate?.report ?? null,
    previous: previous && {
      source: previous.examples === null ? 'default' : 'tenant',
      examples: previous.examples,
      trainedAt: previous.trainedAt,
    },
  }
}

/**
 * Makes `incoming` (null: the shipped model) the active category model and keeps the one it replaces as the
 * previous one, in one transaction with the audit row. Writing `models` bumps the tenant's models version, so
 * every isolate's cached models are stale from the next request on.
 */
const switchTo = async (
  incoming: StoredModel | null,
  extra: D1PreparedStatement[],
  deps: SwitchModelDeps,
) => {
  const outgoing = await activeCategoryModel(deps.models)
  await deps.db.batch([
    ...extra,
    ...deps.versions.putStatements('previous', crypto.randomUUID(), outgoing, null, deps.now),
    ...(incoming ? deps.models.saveStatements(incoming) : deps.models.deleteStatements('category')),
    deps.audit.insertStatement(
      {
        changedBy: deps.changedBy,
        mode: deps.mode,
        changes: [{ field: MODEL_FIELD, before: describe(outgoing), after: describe(incoming) }],
      },
      deps.now,
    ),
  ])
}

/** Adopts the candidate `id` as the active category model; 404 unless it is the pending candidate. */
export const adoptCandidate = async (id: string, deps: SwitchModelDeps): Promise<TrainingState> => {
  const candidate = await deps.versions.read('candidate')
  if (!candidate || candidate.id !== id || !candidate.model)
    throw new AppError('not_found', 'No such candidate model: train one first')
  await switchTo(candidate.model, deps.versions.deleteStatements('candidate'), deps)
  return trainingState(deps.models, deps.versions)
}

/** Restores the model the last adoption (or rollback) replaced; a second rollback undoes the first. */
export const rollbackModel = async (deps: SwitchModelDeps): Promise<TrainingState> => {
  const previous = await deps.versions.read('previous')
  if (!previous) throw new AppError('conflict', 'There is no previous model to roll back to')
  await switchTo(previous.model, [], deps)
  return trainingState(deps.models, deps.versions)
}
