import { Field, Input } from '@zendeskgarden/react-forms'
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
  disabled?: boolean
}

/** One labelled text input with its hint and validation message. */
export const TextSetting = (props: TextSettingProps) => {
  const { t } = useI18n()
  return (
    <Field>
      <Field.Label>{props.label}</Field.Label>
      {props.hint ? <Field.Hint>{props.hint}</Field.Hint> : null}
      <Input
        value={props.value}
        inputMode={props.inputMode ?? 'text'}
        disabled={props.disabled}
        validation={props.error ? 'error' : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? <Field.Message validation="error">{t(props.error)}</Field.Message> : null}
    </Field>
  )
}
