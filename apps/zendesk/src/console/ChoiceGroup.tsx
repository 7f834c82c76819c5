import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms'
import { useI18n } from '@deskmate/app-core'

/** Props of ChoiceGroup. */
export type ChoiceGroupProps = {
  legend: string
  options: readonly string[]
  /** The i18n key prefix of an option's name (`category.` → `category.billing`); the option itself otherwise. */
  labelPrefix: string
  selected: readonly string[]
  onChange: (selected: string[]) => void
  error?: string | undefined
  disabled?: boolean
}

/** A set of checkboxes, one per option, under one legend. */
export const ChoiceGroup = (props: ChoiceGroupProps) => {
  const { t, has } = useI18n()
  const toggle = (option: string, checked: boolean) =>
    props.onChange(checked ? [...props.selected, option] : props.selected.filter((x) => x !== option))
  return (
    <Fieldset>
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      {props.options.map((option) => (
        <Field key={option}>
          <Checkbox
            checked={props.selected.includes(option)}
            disabled={props.disabled}
            onChange={(event) => toggle(option, event.target.checked)}
          >
            <Field.Label isRegular>
              {has(`${props.labelPrefix}${option}`) ? t(`${props.labelPrefix}${option}`) : option}
            </Field.Label>
          </Checkbox>
        </Field>
      ))}
      {props.error ? (
        <Field>
          <Field.Message validation="error">{t(props.error)}</Field.Message>
        </Field>
      ) : null}
    </Fieldset>
  )
}
