import { useId } from 'react'
import { useI18n } from '@deskmate/app-core'

/** Props of SelectField. */
export type SelectFieldProps = {
  label: string
  value: string
  onChange: (value: string) => void
  options: ReadonlyArray<{ value: string; label: string }>
}

/** A labelled native select in Crayons' look. */
export const SelectField = ({ label, value, onChange, options }: SelectFieldProps) => (
  <label className="fd-field">
    {label}
    <select className="fd-select" value={value} onChange={(event) => onChange(event.target.value)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
)

/** Props of TextField. */
export type TextFieldProps = {
  label: string
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'search' | 'date' | 'password'
  hint?: string | undefined
  /** The i18n key of what is wrong with the value. */
  error?: string | undefined
  inputMode?: 'decimal' | 'numeric' | 'text'
  autoComplete?: string
}

/** A labelled native input in Crayons' look, with its hint and validation message tied to it. */
export const TextField = (props: TextFieldProps) => {
  const { t } = useI18n()
  const id = useId()
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean)
  return (
    <div className="fd-field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span id={`${id}-hint`} className="fd-hint">
          {props.hint}
        </span>
      ) : null}
      <input
        id={id}
        className="fd-input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode ?? 'text'}
        autoComplete={props.autoComplete}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? (
        <span id={`${id}-error`} className="fd-error">
          {t(props.error)}
        </span>
      ) : null}
    </div>
  )
}

/** Props of PickField: a labelled choice among `options` with a first empty choice, its validation message tied to it. */
export type PickFieldProps = Omit<SelectFieldProps, 'options'> & {
  placeholder: string
  options: ReadonlyArray<{ value: string; label: string }>
  /** The i18n key of what is wrong with the value. */
  error?: string | undefined
}

/** A labelled native select in Crayons' look that starts empty ("Choose …") and shows why a choice is needed. */
export const PickField = (props: PickFieldProps) => {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className="fd-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="fd-select"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error ? (
        <span id={`${id}-error`} className="fd-error">
          {t(props.error)}
        </span>
      ) : null}
    </div>
  )
}
