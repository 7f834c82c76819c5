import { useId } from 'react'
import { SUPPORTED_LANGUAGES, TONES, type Tone } from '@deskmate/shared'
import { useI18n } from '@deskmate/app-core'

/** Props of DraftControls. */
export type DraftControlsProps = {
  tone: Tone
  language: string
  isDisabled: boolean
  onToneChange: (tone: Tone) => void
  onLanguageChange: (language: string) => void
}

/** Tone and reply-language pickers (native selects: keyboard and screen-reader friendly). */
export const DraftControls = ({
  tone,
  language,
  isDisabled,
  onToneChange,
  onLanguageChange,
}: DraftControlsProps) => {
  const { t } = useI18n()
  const toneId = useId()
  const languageId = useId()
  return (
    <div className="fd-grid-2">
      <div className="fd-field">
        <label htmlFor={toneId}>{t('draft.tone')}</label>
        <select
          id={toneId}
          className="fd-select"
          value={tone}
          disabled={isDisabled}
          onChange={(event) => onToneChange(event.target.value as Tone)}
        >
          {TONES.map((option) => (
            <option key={option} value={option}>
              {t(`draft.tone.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="fd-field">
        <label htmlFor={languageId}>{t('draft.language')}</label>
        <select
          id={languageId}
          className="fd-select"
          value={language}
          disabled={isDisabled}
          onChange={(event) => onLanguageChange(event.target.value)}
        >
          {SUPPORTED_LANGUAGES.map((option) => (
            <option key={option} value={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
