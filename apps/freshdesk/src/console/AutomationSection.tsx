import { useId } from 'react'
import { MODES, PRIORITIES, type Priority } from '@deskmate/shared'
import { automationFields, useI18n, type AutomationFormState, type GroupsState } from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { BusinessHoursFields } from './BusinessHoursFields.tsx'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import { GroupPicker } from './GroupPicker.tsx'
import { TextField } from './ConsoleFields.tsx'

/** Props of AutomationSection: the form's state and the helpdesk's groups for the escalation picker. */
export type AutomationSectionProps = { state: AutomationFormState; groups: GroupsState }

/** The Automation section: mode, threshold, what may be answered, limits, escalation routing, business hours. */
export const AutomationSection = ({ state, groups }: AutomationSectionProps) => {
  const { t } = useI18n()
  const priorityId = useId()
  const { form, settings, errors, edit } = state
  if (state.loadError)
    return (
      <div className="fd-notice fd-notice--error" role="alert">
        <strong>{t('console.loadError')}</strong>
        <span>{state.loadError.message}</span>
      </div>
    )
  if (!form || !settings) return <p>{t('common.refreshing')}</p>
  const fields = automationFields(form, settings, errors, edit, t)
  return (
    <section className="fd-console-section" aria-labelledby="automation-title">
      <h2 id="automation-title">{t('console.automation.title')}</h2>
      <form
        className="fd-console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void state.save()
        }}
      >
        <fieldset className="fd-fieldset">
          <legend>{t('console.mode.label')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className="fd-check">
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={form.mode === mode}
                onChange={() => edit({ mode })}
              />
              {t(`console.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        <TextField {...fields.threshold} />
        {fields.choices.map(({ key, ...group }) => (
          <ChoiceGroup key={key} {...group} />
        ))}
        {fields.limits.map(({ key, ...field }) => (
          <TextField key={key} {...field} />
        ))}
        <div className="fd-field">
          <label htmlFor={priorityId}>{t('console.escalation.priority')}</label>
          <select
            id={priorityId}
            className="fd-select"
            value={form.raisePriorityTo}
            onChange={(event) => edit({ raisePriorityTo: event.target.value as Priority | '' })}
          >
            <option value="">{t('console.escalation.keepPriority')}</option>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        </div>
        <GroupPicker
          groups={groups}
          value={form.groupId}
          error={errors.groupId}
          onChange={(groupId) => edit({ groupId })}
        />
        <BusinessHoursFields form={form} errors={errors} edit={edit} />
        {state.saveError ? (
          <div className="fd-notice fd-notice--error" role="alert">
            <span>{state.saveError.message}</span>
            {(state.saveError.details ?? []).map((detail) => (
              <span key={detail.path}>{`${detail.path}: ${detail.message}`}</span>
            ))}
          </div>
        ) : null}
        <div>
          <Button type="submit" variant="primary" disabled={state.status === 'saving'}>
            {state.status === 'saving' ? t('console.saving') : t('console.save')}
          </Button>
        </div>
        <p role="status">{state.status === 'saved' ? t('console.saved') : ''}</p>
      </form>
    </section>
  )
}
