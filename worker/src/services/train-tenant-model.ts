import {
  AppError,
  PRIORITIES,
  SENTIMENTS,
  TICKET_TYPES,
  type Settings,
  type TrainRequest,
  type TrainResponse,
} from '@deskmate/shared'
import type { ModelsRepo } from '../db/models-repo.ts'
import { trainModel } from '../engines/local/train-model.ts'

/**
 * Largest model JSON a tenant may store (15 chunks). Pruning to `MAX_WEIGHTS` keeps models from a 2 MiB training
 * set under about 5 MB; anything larger is refused rather than stored.
 */
export const MAX_MODEL_CHARS = 6_000_000

/** Throws 413 problem+json when a trained model is larger than a tenant may store. */
export const assertModelFits = (json: string): void => {
  if (json.length > MAX_MODEL_CHARS)
    throw new AppError(
      'payload_too_large',
      `The training set yields a ${(json.length / 1e6).toFixed(1)} MB model, above the ` +
        `${MAX_MODEL_CHARS / 1e6} MB a tenant may store: send fewer or shorter examples`,
    )
}

/** The labels a model for each target may predict: the tenant's taxonomy, or the helpdesks' fixed sets. */
const allowedLabels = (target: TrainRequest['target'], settings: Settings): readonly string[] => {
  if (target === 'category') return settings.categories
  if (target === 'priority') return PRIORITIES
  if (target === 'type') return TICKET_TYPES
  return SENTIMENTS
}

/**
 * Trains one of the tenant's local models and stores it. Labels outside what the target allows are refused
 * (a category model must speak the tenant's taxonomy: add new categories with PUT /v1/settings first).
 */
export const trainTenantModel = async (
  request: TrainRequest,
  deps: { settings: Settings; models: ModelsRepo; now: Date },
): Promise<TrainResponse> => {
  const allowed = allowedLabels(request.target, deps.settings)
  const unknown = [...new Set(request.examples.map((e) => e.label))].filter(
    (label) => !allowed.includes(label),
  )
  if (unknown.length > 0) {
    throw new AppError(
      'validation_failed',
      `Labels not allowed for ${request.target}: ${unknown.join(', ')}`,
      {
        details: [{ path: 'examples.label', message: `Allowed: ${allowed.join(', ')}` }],
      },
    )
  }
  const trained = trainModel(request.target, request.examples)
  assertModelFits(trained.json)
  const trainedAt = deps.now.toISOString()
  await deps.models.save({ ...trained, trainedAt })
  return {
    target: request.target,
    labels: trained.labels,
    examples: trained.examples,
    trainedAt,
    holdoutAccuracy: trained.holdoutAccuracy,
  }
}
