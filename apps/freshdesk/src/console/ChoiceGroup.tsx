import { useI18n } from '@deskmate/app-core'

/** Props of ChoiceGroup. */
export type ChoiceGroupProps = {
  legend: string
  options: readonly string[]
  /** The i18n key prefix of an option's name (`category.` → `category.billing`); the option itself otherwise. */
  labelPrefix: string
  selected: readonly string[]
  onChange: (selected: string[]) => void
  /** The i18n key of what is wrong with the selection. */
  error?: string | undefined
  /** An option's name when it is not the catalog's (a week day's, in the UI language). */
  nameOf?: (option: string) => string
}

/** A set of checkboxes, one per option, under one legend. */
export const ChoiceGroup = (props: ChoiceGroupProps) => {
  const { t, has } = useI18n()
  const toggle = (option: string, isOn: boolean) =>
    props.onChange(isOn ? [...props.selected, option] : props.selected.filter((x) => x !== option))
  const nameOf = (option: string) =>
    props.nameOf?.(option) ??
    (has(`${props.labelPrefix}${option}`) ? t(`${props.labelPrefix}${option}`) : option)
  return (
    <fieldset className="fd-fieldset">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="fd-check">
          <input
            type="checkbox"
            checked={props.selected.includes(option)}
            onChange={(event) => toggle(option, event.target.checked)}
          />
          {nameOf(option)}
        </label>
      ))}
      {props.error ? <span className="fd-error">{t(props.error)}</span> : null}
    </fieldset>
  )
}
