import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '@deskmate/shared'
import en from './locales/en.json'

/** A flat map from dotted key to a string with `{{var}}` placeholders. */
export type Catalog = Record<string, string>

/** Languages the sidebar is translated into. */
export const UI_LANGUAGES = SUPPORTED_LANGUAGES
export type UiLanguage = SupportedLanguage

/** The English catalog, bundled with the app; the others load on demand (`loadCatalog`). */
export const ENGLISH: Catalog = en

/** The catalogs every app starts with. */
const BUNDLED: Partial<Record<string, Catalog>> = { en }

/** Each UI language in its own words, for the language switcher. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
}

/** Values substituted into `{{var}}` placeholders. */
export type TranslateVars = Record<string, string | number>

/** Looks up a UI string; a missing key renders the key itself. */
export type Translate = (key: string, vars?: TranslateVars) => string

/**
 * The lookup order for a locale, most specific first, always ending in English.
 * @example localeChain('pt-BR') // ['pt-BR', 'pt', 'en']
 */
export const localeChain = (locale: string): string[] => {
  const [language = '', region] = locale.trim().replace('_', '-').split('-')
  const base = language.toLowerCase()
  const chain = [region ? `${base}-${region.toUpperCase()}` : '', base, 'en'].filter(Boolean)
  return [...new Set(chain)]
}

/** The UI language for a helpdesk locale (`pt-BR` → `pt`, unknown → `en`). */
export const resolveUiLanguage = (locale: string): UiLanguage =>
  (localeChain(locale).find((candidate) => (UI_LANGUAGES as readonly string[]).includes(candidate)) as
    UiLanguage | undefined) ?? 'en'

const interpolate = (template: string, vars: TranslateVars | undefined): string =>
  vars
    ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
        vars[name] === undefined ? match : String(vars[name]),
      )
    : template

/** Creates `t()` for a locale: falls back along `localeChain`, warns once per missing key, never throws. */
export const createTranslator = (
  locale: string,
  catalogs: Partial<Record<string, Catalog>> = BUNDLED,
  warn: (message: string) => void = (message) => console.warn(message),
): Translate => {
  const chain = localeChain(locale)
    .map((candidate) => catalogs[candidate])
    .filter((catalog): catalog is Catalog => catalog !== undefined)
  const warned = new Set<string>()
  return (key, vars) => {
    for (const catalog of chain) {
      const template = catalog[key]
      if (template !== undefined) return interpolate(template, vars)
    }
    if (!warned.has(key)) {
      warned.add(key)
      warn(`[deskmate] Missing translation "${key}" for locale "${locale}"`)
    }
    return key
  }
}

/** True when some catalog in the locale's chain has `key` (for optional, code-derived keys). */
export const hasTranslation = (
  locale: string,
  key: string,
  catalogs: Partial<Record<string, Catalog>> = BUNDLED,
): boolean => localeChain(locale).some((candidate) => catalogs[candidate]?.[key] !== undefined)
