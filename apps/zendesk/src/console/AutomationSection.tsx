import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Fieldset, Radio, Select } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { LG } from '@zendeskgarden/react-typography'
import { MODES, PRIORITIES, type Priority } from '@deskmate/shared'
import { automationFields, useI18n, type AutomationFormState, type GroupsState } from '@deskmate/app-core'
import { BusinessHoursFields } from './BusinessHoursFields.tsx'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import { GroupPicker } from './GroupPicker.tsx'
import { TextSetting } from './TextSetting.tsx'

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.md};
  max-width: 640px;
`

/** The form's controls: one native fieldset, so a read-only view disables every one of them at once. */
const Controls = styled.fieldset`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.md};
  min-width: 0;
  margin: 0;
  border: 0;
  padding: 0;
`

/** Props of AutomationSection; `readOnly` shows the settings with every control disabled and no Save. */
export type AutomationSectionProps = { state: AutomationFormState; groups: GroupsState; readOnly?: boolean }

/** The Automation section: mode, threshold, what may be answered, limits and escalation routing. */
export const AutomationSection = ({ state, groups, readOnly = false }: AutomationSectionProps) => {
  const { t } = useI18n()
  const { form, settings, errors, edit } = state
  if (state.loadError)
    return (
      <Alert type="error">
        <Alert.Title>{t('console.loadError')}</Alert.Title>
        <Alert.Paragraph>{state.loadError.message}</Alert.Paragraph>
      </Alert>
    )
  if (!form || !settings) return <p>{t('common.refreshing')}</p>
  const fields = automationFields(form, settings, errors, edit, t)
  return (
    <section aria-labelledby="automation-title">
      <LG tag="h2" id="automation-title">
        {t('console.automation.title')}
      </LG>
      <Form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void state.save()
        }}
      >
        <Controls disabled={readOnly}>
          <Fieldset>
            <Fieldset.Legend>{t('console.mode.label')}</Fieldset.Legend>
            {MODES.map((mode) => (
              <Field key={mode}>
                <Radio name="mode" value={mode} checked={form.mode === mode} onChange={() => edit({ mode })}>
                  <Field.Label isRegular>{t(`console.mode.${mode}`)}</Field.Label>
                </Radio>
              </Field>
            ))}
          </Fieldset>
          <TextSetting {...fields.threshold} />
          {fields.choices.map(({ key, ...group }) => (
            <ChoiceGroup key={key} {...group} />
          ))}
          {fields.limits.map(({ key, ...field }) => (
            <TextSetting key={key} {...field} />
          ))}
          <Field>
            <Field.Label>{t('console.escalation.priority')}</Field.Label>
            <Select
              value={form.raisePriorityTo}
              onChange={(event) => edit({ raisePriorityTo: event.target.value as Priority | '' })}
            >
              <option value="">{t('console.escalation.keepPriority')}</option>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`priority.${priority}`)}
                </option>
              ))}
            </Select>
          </Field>
          <GroupPicker
            groups={groups}
            value={form.groupId}
            error={errors.groupId}
            onChange={(groupId) => edit({ groupId })}
          />
          <BusinessHoursFields form={form} errors={errors} edit={edit} />
        </Controls>
        {state.saveError ? (
          <Alert type="error" role="alert">
            <Alert.Paragraph>{state.saveError.message}</Alert.Paragraph>
            {(state.saveError.details ?? []).map((detail) => (
              <Alert.Paragraph key={detail.path}>{`${detail.path}: ${detail.message}`}</Alert.Paragraph>
            ))}
          </Alert>
        ) : null}
        {readOnly ? null : (
          <div>
            <Button type="submit" isPrimary disabled={state.status === 'saving'}>
              {state.status === 'saving' ? t('console.saving') : t('console.save')}
            </Button>
          </div>
        )}
        <p role="status">{state.status === 'saved' ? t('console.saved') : ''}</p>
      </Form>
    </section>
  )
}
