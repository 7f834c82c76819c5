import { z } from 'zod'

/** Which head of the local classifier an example trains. */
export const TRAIN_TARGETS = ['category', 'priority', 'type', 'sentiment'] as const
export type TrainTarget = (typeof TRAIN_TARGETS)[number]

/** One labelled example. */
export const ZTrainExample = z.object({
  text: z.string().trim().min(1).max(20_000),
  label: z.string().trim().min(1).max(50),
})
export type TrainExample = z.infer<typeof ZTrainExample>

/** POST /v1/models/train body. */
export const ZTrainRequest = z.object({
  target: z.enum(TRAIN_TARGETS),
  examples: z.array(ZTrainExample).min(10).max(20_000),
})
export type TrainRequest = z.infer<typeof ZTrainRequest>

/** POST /v1/models/train answer. */
export const ZTrainResponse = z.object({
  target: z.enum(TRAIN_TARGETS),
  labels: z.array(z.string()),
  examples: z.number().int(),
  trainedAt: z.string(),
  holdoutAccuracy: z.number().nullable(),
})
export type TrainResponse = z.infer<typeof ZTrainResponse>
