import { ZTrainRequest, type TrainResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createModelsRepo } from '../db/models-repo.ts'
import { trainModel } from '../engines/local/train-model.ts'
import { validateJson } from '../http/validate.ts'

/** /v1/models: retrain the tenant's local classifier from labelled examples. */
export const modelRoutes = new Hono<AppEnv>().post('/train', validateJson(ZTrainRequest), async (c) => {
  const { target, examples } = c.req.valid('json')
  const trained = trainModel(target, examples)
  const trainedAt = new Date().toISOString()
  await createModelsRepo(c.env.DB, c.get('tenant').id).save({ ...trained, trainedAt })
  return c.json({
    target,
    labels: trained.labels,
    examples: trained.examples,
    trainedAt,
    holdoutAccuracy: trained.holdoutAccuracy,
  } satisfies TrainResponse)
})
