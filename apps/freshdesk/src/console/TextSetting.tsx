import { useId } from 'react'
import { useI18n } from '@deskmate/app-core'

/** Props of TextSetting. */
export type TextSettingProps = {
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  /** The i18n key of what is wrong with the value. */
  error?: string | undefined
  inputMode?: 'decimal' | 'numeric' | 'text'
  type?: 'text' | 'password'
  autoComplete?: string
}

/** One labelled text input in Crayons' look, with its hint and validation message tied to it. */
export const TextSetting = (props: TextSettingProps) => {
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
        value={props.value}
        inputMode={props.inputMode ?? 'text'}
        autoComplete={props.autoComplete}
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
