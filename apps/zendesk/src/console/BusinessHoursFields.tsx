import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms'
import {
  WEEK_DAYS,
  useI18n,
  weekdayName,
  type AutomationErrors,
  type HoursForm,
  hoursTextFields,
} from '@deskmate/app-core'
import { TextSetting } from './TextSetting.tsx'

/** Props of BusinessHoursFields: the form's hours fields, their errors, and how to change them. */
export type BusinessHoursFieldsProps = {
  form: HoursForm
  errors: AutomationErrors
  edit: (change: Partial<HoursForm>) => void
}

/** The SLA fallback policy's business hours: on or off, open days, opening window, time zone and holidays. */
export const BusinessHoursFields = ({ form, errors, edit }: BusinessHoursFieldsProps) => {
  const { t, language } = useI18n()
  const toggleDay = (day: number, isOn: boolean) =>
    edit({ hoursDays: isOn ? [...form.hoursDays, day] : form.hoursDays.filter((d) => d !== day) })
  return (
    <Fieldset>
      <Fieldset.Legend>{t('console.hours.legend')}</Fieldset.Legend>
      <Field>
        <Checkbox
          checked={form.hoursEnabled}
          onChange={(event) => edit({ hoursEnabled: event.target.checked })}
        >
          <Field.Label isRegular>{t('console.hours.enabled')}</Field.Label>
        </Checkbox>
      </Field>
      {form.hoursEnabled ? (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('console.hours.days')}</Fieldset.Legend>
            {WEEK_DAYS.map((day) => (
              <Field key={day}>
                <Checkbox
                  checked={form.hoursDays.includes(day)}
                  onChange={(event) => toggleDay(day, event.target.checked)}
                >
                  <Field.Label isRegular>{weekdayName(day, language)}</Field.Label>
                </Checkbox>
              </Field>
            ))}
            {errors.hoursDays ? (
              <Field>
                <Field.Message validation="error">{t(errors.hoursDays)}</Field.Message>
              </Field>
            ) : null}
          </Fieldset>
          {hoursTextFields(form, errors, edit, t).map(({ key, ...field }) => (
            <TextSetting key={key} {...field} />
          ))}
        </>
      ) : null}
    </Fieldset>
  )
}
