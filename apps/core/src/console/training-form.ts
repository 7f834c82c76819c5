import { MAX_TRAINING_TICKETS, type TrainingRequest } from '@deskmate/shared'

/** The Training form as the admin edits it: where the category comes from and how many solved tickets to read. */
export type TrainingForm = { sourceKind: 'tags' | 'field'; fieldId: string; limit: string }

export const DEFAULT_TRAINING_FORM: TrainingForm = { sourceKind: 'tags', fieldId: '', limit: '500' }

const MIN_TICKETS = 20

/** What is wrong with each field (an i18n key), or nothing. */
export type TrainingFormErrors = Partial<Record<'fieldId' | 'limit', string>>

/** The form's mistakes: a field id must be a number, the tickets a whole number from 20 to 1,000. */
export const validateTrainingForm = (form: TrainingForm): TrainingFormErrors => {
  const errors: TrainingFormErrors = {}
  if (form.sourceKind === 'field' && !/^\d{1,20}$/.test(form.fieldId.trim()))
    errors.fieldId = 'console.training.fieldIdInvalid'
  const limit = Number(form.limit)
  if (!Number.isInteger(limit) || limit < MIN_TICKETS || limit > MAX_TRAINING_TICKETS)
    errors.limit = 'console.training.limitInvalid'
  return errors
}

/** The request the form stands for; call only when `validateTrainingForm` found nothing. */
export const trainingRequest = (form: TrainingForm): TrainingRequest => ({
  source: form.sourceKind === 'tags' ? { kind: 'tags' } : { kind: 'field', fieldId: form.fieldId.trim() },
  limit: Number(form.limit),
})
