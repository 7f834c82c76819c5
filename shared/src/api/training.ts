import { z } from 'zod'

/** Most solved tickets one training run reads (ten search pages; the folds fit within the Worker's CPU budget). */
export const MAX_TRAINING_TICKETS = 1_000

/** Where a solved ticket's category comes from: a tag naming one of the tenant's categories, or a ticket field. */
export const ZTrainingSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tags') }),
  z.object({
    kind: z.literal('field'),
    fieldId: z
      .string()
      .trim()
      .regex(/^\d{1,20}$/),
  }),
])
export type TrainingSource = z.infer<typeof ZTrainingSource>

/** POST /v1/admin/training body: learn the category model from the account's latest solved tickets. */
export const ZTrainingRequest = z.object({
  source: ZTrainingSource,
  limit: z.number().int().min(20).max(MAX_TRAINING_TICKETS).default(500),
})
export type TrainingRequest = z.infer<typeof ZTrainingRequest>

/** One category's cross-validated accuracy: the candidate's and the current model's on the same folds. */
export const ZTrainingClass = z.object({
  label: z.string(),
  examples: z.number().int(),
  candidate: z.number(),
  current: z.number(),
})
export type TrainingClass = z.infer<typeof ZTrainingClass>

/** A trained candidate model, not yet active, with its cross-validation beside the active model's. */
export const ZTrainingCandidate = z.object({
  id: z.string(),
  examples: z.number().int(),
  /** Solved tickets read but left out (no category found, or one outside the taxonomy). */
  skipped: z.number().int(),
  folds: z.number().int(),
  candidateAccuracy: z.number(),
  currentAccuracy: z.number(),
  classes: z.array(ZTrainingClass),
  trainedAt: z.string(),
})
export type TrainingCandidate = z.infer<typeof ZTrainingCandidate>

/** The category model in use: the tenant's own (when trained) or the shipped one. */
export const ZActiveModel = z.object({
  source: z.enum(['tenant', 'default']),
  examples: z.number().int().nullable(),
  trainedAt: z.string().nullable(),
})
export type ActiveModel = z.infer<typeof ZActiveModel>

/** GET /v1/admin/training and the answer of adopt and rollback: what is active, pending and restorable. */
export const ZTrainingState = z.object({
  active: ZActiveModel,
  candidate: ZTrainingCandidate.nullable(),
  /** The model a rollback restores (null: nothing to roll back to). */
  previous: ZActiveModel.nullable(),
})
export type TrainingState = z.infer<typeof ZTrainingState>
