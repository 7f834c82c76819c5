import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { loadCatalog } from './load-catalog.ts'
import {
  ENGLISH,
  createTranslator,
  hasTranslation,
  resolveUiLanguage,
  type Catalog,
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

type Shown = { language: UiLanguage; catalog: Catalog }

/**
 * Provides translations, starting in the helpdesk locale's language. A language's catalog loads on demand: until
 * the first one arrives nothing renders (no flash of English), and a switch keeps the current language until the
 * new one is there. A catalog that fails to load leaves the app in the language it shows (English at first).
 */
export const I18nProvider = ({ locale, children }: { locale: string; children: ReactNode }) => {
  const [requested, setLanguage] = useState<UiLanguage>(() => resolveUiLanguage(locale))
  const [shown, setShown] = useState<Shown | null>(() =>
    requested === 'en' ? { language: 'en', catalog: ENGLISH } : null,
  )
  useEffect(() => {
    if (shown?.language === requested) return
    let isCurrent = true
    loadCatalog(requested).then(
      (catalog) => isCurrent && setShown({ language: requested, catalog }),
      (error: unknown) => {
        console.warn(`[deskmate] Could not load the "${requested}" translations`, error)
        if (isCurrent) setShown((current) => current ?? { language: 'en', catalog: ENGLISH })
      },
    )
    return () => {
      isCurrent = false
    }
  }, [requested, shown?.language])
  const value = useMemo<I18n | null>(() => {
    if (!shown) return null
    const catalogs = { en: ENGLISH, [shown.language]: shown.catalog }
    return {
      language: shown.language,
      t: createTranslator(shown.language, catalogs),
      has: (key) => hasTranslation(shown.language, key, catalogs),
      setLanguage,
    }
  }, [shown])
  if (!value) return null
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** The active translations; throws outside <I18nProvider>. */
export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n must be used within <I18nProvider>')
  return i18n
}
