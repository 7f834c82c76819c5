import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Fieldset, Radio } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { LG, Paragraph } from '@zendeskgarden/react-typography'
import {
  modelName,
  trainingActions,
  trainingTextFields,
  useI18n,
  type TrainingSectionState,
} from '@deskmate/app-core'
import { TextSetting } from './TextSetting.tsx'
import { TrainingResults } from './TrainingResults.tsx'

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.sm};
`

const SOURCES = ['tags', 'field'] as const

/** Training: learn the category model from solved tickets, compare it per category, adopt it or roll back. */
export const TrainingSection = ({ state }: { state: TrainingSectionState }) => {
  const i18n = useI18n()
  const { t } = i18n
  const { training, form, busy } = state
  const candidate = training?.candidate ?? null
  return (
    <section aria-labelledby="training-title">
      <LG tag="h2" id="training-title">
        {t('console.training.title')}
      </LG>
      <Paragraph>{t('console.training.hint')}</Paragraph>
      {state.loadError ? (
        <Alert type="error">
          <Alert.Paragraph>
            {t('console.training.loadError', { error: state.loadError.message })}
          </Alert.Paragraph>
        </Alert>
      ) : null}
      {training ? <p>{t('console.training.active', { model: modelName(training.active, i18n) })}</p> : null}
      <form
        noValidate
        aria-labelledby="training-title"
        onSubmit={(event) => {
          event.preventDefault()
          void state.train()
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('console.training.source')}</Fieldset.Legend>
          {SOURCES.map((kind) => (
            <Field key={kind}>
              <Radio
                name="training-source"
                value={kind}
                checked={form.sourceKind === kind}
                onChange={() => state.edit({ sourceKind: kind })}
              >
                <Field.Label isRegular>{t(`console.training.source.${kind}`)}</Field.Label>
              </Radio>
            </Field>
          ))}
        </Fieldset>
        {trainingTextFields(state, t, 'console.training.fieldIdHint').map(({ key, ...field }) => (
          <TextSetting key={key} {...field} />
        ))}
        <Button type="submit" isPrimary disabled={busy !== 'idle'}>
          {busy === 'training' ? t('console.training.training') : t('console.training.train')}
        </Button>
      </form>
      {candidate ? <TrainingResults candidate={candidate} /> : null}
      <Actions>
        {trainingActions(state, i18n).map((action) => (
          <Button key={action.key} disabled={action.disabled} onClick={action.run}>
            {action.label}
          </Button>
        ))}
      </Actions>
      <div role="status">{state.done ? t(`console.training.done.${state.done}`) : null}</div>
      {state.actionError ? (
        <Alert type="error">
          <Alert.Paragraph>
            {t('console.training.error', { error: state.actionError.message })}
          </Alert.Paragraph>
        </Alert>
      ) : null}
    </section>
  )
}
