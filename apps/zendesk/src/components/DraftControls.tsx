import styled from 'styled-components'
import { Field, Select } from '@zendeskgarden/react-forms'
import { SUPPORTED_LANGUAGES, TONES, type Tone } from '@deskmate/shared'
import { useI18n } from '@deskmate/app-core'

const Row = styled.div`
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: ${(p) => p.theme.space.xs};
`

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
  return (
    <Row>
      <Field>
        <Field.Label>{t('draft.tone')}</Field.Label>
        <Select
          isCompact
          value={tone}
          disabled={isDisabled}
          onChange={(event) => onToneChange(event.target.value as Tone)}
        >
          {TONES.map((option) => (
            <option key={option} value={option}>
              {t(`draft.tone.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{t('draft.language')}</Field.Label>
        <Select
          isCompact
          value={language}
          disabled={isDisabled}
          onChange={(event) => onLanguageChange(event.target.value)}
        >
          {SUPPORTED_LANGUAGES.map((option) => (
            <option key={option} value={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
    </Row>
  )
}
