import type { I18n } from '../i18n/i18n-context.tsx'
import { modelName } from './model-name.ts'
import type { TrainingSectionState } from './use-training.ts'

/** One button of the Training section: adopt the candidate, or roll back to the previous model. */
export type TrainingAction = { key: 'adopt' | 'rollback'; label: string; disabled: boolean; run: () => void }

/** The buttons the Training section offers now (adopt once a candidate waits, roll back once a model preceded). */
export const trainingActions = (
  state: Pick<TrainingSectionState, 'training' | 'busy' | 'adopt' | 'rollback'>,
  i18n: Pick<I18n, 't' | 'language'>,
): TrainingAction[] => {
  const { training } = state
  const disabled = state.busy !== 'idle'
  const actions: TrainingAction[] = []
  if (training?.candidate)
    actions.push({
      key: 'adopt',
      label: i18n.t('console.training.adopt'),
      disabled,
      run: () => void state.adopt(),
    })
  if (training?.previous)
    actions.push({
      key: 'rollback',
      label: i18n.t('console.training.rollback', { model: modelName(training.previous, i18n) }),
      disabled,
      run: () => void state.rollback(),
    })
  return actions
}
