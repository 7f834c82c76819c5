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
