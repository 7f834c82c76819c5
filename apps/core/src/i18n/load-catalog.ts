import { ENGLISH, type Catalog, type UiLanguage } from './translate.ts'

/** Catalogs other than English are separate chunks, fetched when an agent works in that language. */
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Catalog }>> = {
  de: () => import('./locales/de.json'),
  es: () => import('./locales/es.json'),
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
}

/** The catalog of a UI language: English at once, the others from their chunk. */
export const loadCatalog = async (language: UiLanguage): Promise<Catalog> =>
  language === 'en' ? ENGLISH : (await LOADERS[language]()).default
