import {
  modelName,
  trainingActions,
  trainingTextFields,
  useI18n,
  type TicketFieldsState,
  type TrainingSectionState,
  type TrainingTextField,
} from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { LoadingState, Notice } from '../components/PanelStates.tsx'
import { PickField, TextField } from './ConsoleFields.tsx'
import { ConsoleSection } from './ConsoleSection.tsx'
import { TrainingResults } from './TrainingResults.tsx'

const SOURCES = ['tags', 'field'] as const

/**
 * The ticket field's input: a choice among the helpdesk's custom fields by name when it lists them (Freshdesk shows
 * admins no field ids), else the id to type.
 */
const FieldInput = ({
  field,
  fields,
}: {
  field: TrainingTextField
  fields?: TicketFieldsState | undefined
}) => {
  const { t } = useI18n()
  const { key: _key, ...input } = field
  if (field.key !== 'fieldId' || !fields?.fields?.length) return <TextField {...input} />
  return (
    <PickField
      label={t('console.training.field')}
      placeholder={t('console.training.fieldChoose')}
      value={field.value}
      onChange={field.onChange}
      options={fields.fields.map((choice) => ({ value: choice.id, label: choice.name }))}
      error={field.error}
    />
  )
}

const TrainingForm = ({
  state,
  fields,
}: {
  state: TrainingSectionState
  fields?: TicketFieldsState | undefined
}) => {
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
      {trainingTextFields(state, t, 'console.training.fieldIdHint.freshdesk').map((field) => (
        <FieldInput key={field.key} field={field} fields={fields} />
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
export const TrainingSection = ({
  state,
  fields,
}: {
  state: TrainingSectionState
  /** The helpdesk's custom ticket fields, for the field picker (absent or unlisted: the id is typed). */
  fields?: TicketFieldsState
}) => {
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
      <TrainingForm state={state} fields={fields} />
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
