import { UI_LANGUAGES, UI_LANGUAGE_NAMES, useI18n, type UiLanguage } from '@deskmate/app-core'

/** Switches the sidebar's language (starts in the agent's helpdesk locale). */
export const LanguageSwitcher = () => {
  const { t, language, setLanguage } = useI18n()
  return (
    <select
      className="fd-select"
      aria-label={t('app.uiLanguage')}
      value={language}
      onChange={(event) => setLanguage(event.target.value as UiLanguage)}
    >
      {UI_LANGUAGES.map((option) => (
        <option key={option} value={option} lang={option}>
          {UI_LANGUAGE_NAMES[option]}
        </option>
      ))}
    </select>
  )
}
