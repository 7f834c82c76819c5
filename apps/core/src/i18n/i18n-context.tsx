import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import {
  createTranslator,
  hasTranslation,
  resolveUiLanguage,
  type Translate,
  type UiLanguage,
} from './translate.ts'

/** The active UI language, its translator and the switcher's setter. */
export type I18n = {
  language: UiLanguage
  t: Translate
  /** True when `key` is translated (for keys derived from API values, such as custom categories). */
  has: (key: string) => boolean
  setLanguage: (language: UiLanguage) => void
}

const I18nContext = createContext<I18n | undefined>(undefined)

/** Provides translations, starting in the helpdesk locale's language. */
export const I18nProvider = ({ locale, children }: { locale: string; children: ReactNode }) => {
  const [language, setLanguage] = useState<UiLanguage>(() => resolveUiLanguage(locale))
  const value = useMemo<I18n>(() => {
    return {
      language,
      t: createTranslator(language),
      has: (key) => hasTranslation(language, key),
      setLanguage,
    }
  }, [language])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** The active translations; throws outside <I18nProvider>. */
export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n must be used within <I18nProvider>')
  return i18n
}
