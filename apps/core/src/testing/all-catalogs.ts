import type { Catalog, UiLanguage } from '../i18n/translate.ts'
import de from '../i18n/locales/de.json'
import en from '../i18n/locales/en.json'
import es from '../i18n/locales/es.json'
import fr from '../i18n/locales/fr.json'
import pt from '../i18n/locales/pt.json'

/** Every UI catalog at once, for tests (the app loads all but English on demand). */
export const ALL_CATALOGS: Record<UiLanguage, Catalog> = { en, de, es, fr, pt }
