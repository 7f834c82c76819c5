import {
  WEEK_DAYS,
  useI18n,
  weekdayName,
  type AutomationErrors,
  type HoursForm,
  hoursTextFields,
} from '@deskmate/app-core'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import { TextField } from './ConsoleFields.tsx'

/** Props of BusinessHoursFields: the form's hours fields, their errors, and how to change them. */
export type BusinessHoursFieldsProps = {
  form: HoursForm
  errors: AutomationErrors
  edit: (change: Partial<HoursForm>) => void
}

/** The SLA fallback policy's business hours: on or off, open days, opening window and time zone. */
export const BusinessHoursFields = ({ form, errors, edit }: BusinessHoursFieldsProps) => {
  const { t, language } = useI18n()
  return (
    <fieldset className="fd-fieldset">
      <legend>{t('console.hours.legend')}</legend>
      <label className="fd-check">
        <input
          type="checkbox"
          checked={form.hoursEnabled}
          onChange={(event) => edit({ hoursEnabled: event.target.checked })}
        />
        {t('console.hours.enabled')}
      </label>
      {form.hoursEnabled ? (
        <>
          <ChoiceGroup
            legend={t('console.hours.days')}
            options={WEEK_DAYS.map(String)}
            labelPrefix=""
            nameOf={(day) => weekdayName(Number(day), language)}
            selected={form.hoursDays.map(String)}
            error={errors.hoursDays}
            onChange={(days) => edit({ hoursDays: days.map(Number) })}
          />
          {hoursTextFields(form, errors, edit, t).map(({ key, ...field }) => (
            <TextField key={key} {...field} />
          ))}
        </>
      ) : null}
    </fieldset>
  )
}
