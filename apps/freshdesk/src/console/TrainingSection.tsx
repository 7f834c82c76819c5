import {
  modelName,
  trainingActions,
  trainingTextFields,
  useI18n,
  type TrainingSectionState,
} from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { LoadingState, Notice } from '../components/PanelStates.tsx'
import { TextField } from './ConsoleFields.tsx'
import { ConsoleSection } from './ConsoleSection.tsx'
import { TrainingResults } from './TrainingResults.tsx'

const SOURCES = ['tags', 'field'] as const

const TrainingForm = ({ state }: { state: TrainingSectionState }) => {
  const { t } = useI18n()
  const { form, busy } = state
  return (
    <form
      noValidate
      aria-label={t('console.training.title')}
      className="fd-stack"
      onSubmit={(event) => {
        event.preventDefault()
        void state.train()
      }}
    >
      <fieldset className="fd-stack">
        <legend className="fd-field">{t('console.training.source')}</legend>
        {SOURCES.map((kind) => (
          <label key={kind} className="fd-row">
            <input
              type="radio"
              name="training-source"
              value={kind}
              checked={form.sourceKind === kind}
              onChange={() => state.edit({ sourceKind: kind })}
            />
            {t(`console.training.source.${kind}`)}
          </label>
        ))}
      </fieldset>
      {trainingTextFields(state, t, 'console.training.fieldIdHint.freshdesk').map(({ key, ...field }) => (
        <TextField key={key} {...field} />
      ))}
      <div>
        <Button type="submit" variant="primary" disabled={busy !== 'idle'}>
          {busy === 'training' ? t('console.training.training') : t('console.training.train')}
        </Button>
      </div>
    </form>
  )
}

/** Training: learn the category model from solved tickets, compare it per category, adopt it or roll back. */
export const TrainingSection = ({ state }: { state: TrainingSectionState }) => {
  const i18n = useI18n()
  const { t } = i18n
  const { training, busy } = state
  const candidate = training?.candidate ?? null
  return (
    <ConsoleSection title={t('console.training.title')} isBusy={busy !== 'idle'}>
      <p className="fd-muted">{t('console.training.hint')}</p>
      {state.loadError ? (
        <Notice tone="error" title={t('console.training.loadError', { error: state.loadError.message })} />
      ) : null}
      {training ? (
        <p>{t('console.training.active', { model: modelName(training.active, i18n) })}</p>
      ) : state.loadError ? null : (
        <LoadingState label={t('console.knowledge.loading')} />
      )}
      <TrainingForm state={state} />
      {candidate ? <TrainingResults candidate={candidate} /> : null}
      <div className="fd-row">
        {trainingActions(state, i18n).map((action) => (
          <Button key={action.key} disabled={action.disabled} onClick={action.run}>
            {action.label}
          </Button>
        ))}
      </div>
      <div role="status">{state.done ? t(`console.training.done.${state.done}`) : null}</div>
      {state.actionError ? (
        <Notice tone="error" title={t('console.training.error', { error: state.actionError.message })} />
      ) : null}
    </ConsoleSection>
  )
}
