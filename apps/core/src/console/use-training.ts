import { useCallback, useEffect, useState } from 'react'
import type { AppError, TrainingState } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ConsoleClient } from './console-client.ts'
import {
  DEFAULT_TRAINING_FORM,
  trainingRequest,
  validateTrainingForm,
  type TrainingForm,
  type TrainingFormErrors,
} from './training-form.ts'

/** The Training section's state: what is active, the candidate, the form, and the three actions. */
export type TrainingSectionState = {
  training: TrainingState | null
  loadError: AppError | null
  form: TrainingForm
  errors: TrainingFormErrors
  edit: (change: Partial<TrainingForm>) => void
  /** What runs now: nothing, a training, an adoption or a rollback. */
  busy: 'idle' | 'training' | 'adopting' | 'rollingBack'
  actionError: AppError | null
  /** What the last action did, for the live region ('' = nothing yet). */
  done: '' | 'trained' | 'adopted' | 'rolledBack'
  /** Counts adoptions and rollbacks (the audit shows them: its list reloads when this moves). */
  revision: number
  train: () => Promise<void>
  adopt: () => Promise<void>
  rollback: () => Promise<void>
}

/** Loads the training state; "Learn from my solved tickets" trains a candidate, which the admin adopts or not. */
export const useTraining = (client: ConsoleClient): TrainingSectionState => {
  const [training, setTraining] = useState<TrainingState | null>(null)
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [form, setForm] = useState<TrainingForm>(DEFAULT_TRAINING_FORM)
  const [busy, setBusy] = useState<TrainingSectionState['busy']>('idle')
  const [actionError, setActionError] = useState<AppError | null>(null)
  const [done, setDone] = useState<TrainingSectionState['done']>('')
  const [revision, setRevision] = useState(0)

  useEffect(() => {
    let isCurrent = true
    client.getTraining().then(
      (answer) => isCurrent && setTraining(answer),
      (caught: unknown) => isCurrent && setLoadError(toAppError(caught)),
    )
    return () => {
      isCurrent = false
    }
  }, [client])

  const errors = validateTrainingForm(form)
  const act = useCallback(
    async (kind: Exclude<TrainingSectionState['busy'], 'idle'>, run: () => Promise<TrainingState>) => {
      setBusy(kind)
      setActionError(null)
      setDone('')
      try {
        setTraining(await run())
        setLoadError(null)
        setDone(kind === 'training' ? 'trained' : kind === 'adopting' ? 'adopted' : 'rolledBack')
        if (kind !== 'training') setRevision((current) => current + 1)
      } catch (caught) {
        setActionError(toAppError(caught))
      } finally {
        setBusy('idle')
      }
    },
    [],
  )

  return {
    training,
    loadError,
    form,
    errors,
    edit: (change) => setForm((current) => ({ ...current, ...change })),
    busy,
    actionError,
    done,
    revision,
    train: async () => {
      if (Object.keys(errors).length > 0) return
      await act('training', async () => {
        const candidate = await client.train(trainingRequest(form))
        return { ...(training ?? (await client.getTraining())), candidate }
      })
    },
    adopt: async () => {
      const id = training?.candidate?.id
      if (id) await act('adopting', () => client.adoptModel(id))
    },
    rollback: () => act('rollingBack', () => client.rollbackModel()),
  }
}

/** One text field of the Training form, as each console's text input takes it. */
export type TrainingTextField = {
  key: 'fieldId' | 'limit'
  label: string
  hint?: string
  value: string
  inputMode: 'numeric'
  error: string | undefined
  onChange: (value: string) => void
}

/**
 * The Training form's text fields in the UI language: the ticket field's id (only when the category comes from
 * a field; `fieldHint` says where the helpdesk shows it) and how many solved tickets to read.
 */
export const trainingTextFields = (
  state: Pick<TrainingSectionState, 'form' | 'errors' | 'edit'>,
  t: (key: string) => string,
  fieldHint: string,
): TrainingTextField[] => {
  const { form, errors } = state
  const limit: TrainingTextField = {
    key: 'limit',
    label: t('console.training.limit'),
    value: form.limit,
    inputMode: 'numeric',
    error: errors.limit,
    onChange: (value) => state.edit({ limit: value }),
  }
  if (form.sourceKind !== 'field') return [limit]
  return [
    {
      key: 'fieldId',
      label: t('console.training.fieldId'),
      hint: t(fieldHint),
      value: form.fieldId,
      inputMode: 'numeric',
      error: errors.fieldId,
      onChange: (value) => state.edit({ fieldId: value }),
    },
    limit,
  ]
}
