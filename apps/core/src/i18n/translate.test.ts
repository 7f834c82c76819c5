import { describe, expect, it, vi } from 'vitest'
import { ALL_CATALOGS as CATALOGS } from '../testing/all-catalogs.ts'
import { loadCatalog } from './load-catalog.ts'
import { ENGLISH, createTranslator, localeChain, resolveUiLanguage } from './translate.ts'

describe('localeChain', () => {
  it('returns the region, the language, then English', () => {
    expect(localeChain('pt-BR')).toEqual(['pt-BR', 'pt', 'en'])
    expect(localeChain('pt_br')).toEqual(['pt-BR', 'pt', 'en'])
    expect(localeChain('en-US')).toEqual(['en-US', 'en'])
  })
})

describe('resolveUiLanguage', () => {
  it('falls back from pt-BR to pt and from an unknown locale to en', () => {
    expect(resolveUiLanguage('pt-BR')).toBe('pt')
    expect(resolveUiLanguage('de-AT')).toBe('de')
    expect(resolveUiLanguage('ja')).toBe('en')
  })
})

describe('createTranslator', () => {
  it('interpolates {{var}} placeholders', () => {
    expect(createTranslator('en')('sla.remaining', { time: '5 min' })).toBe('5 min left')
  })

  it('translates through the locale chain', () => {
    expect(createTranslator('pt-BR', CATALOGS)('common.retry')).toBe('Tentar novamente')
  })

  it('falls back to English for a key missing in the language', () => {
    const t = createTranslator('de', { en: { only: 'English only' }, de: {} })
    expect(t('only')).toBe('English only')
  })

  it('renders a missing key as the key and warns once, without throwing', () => {
    const warn = vi.fn()
    const t = createTranslator('fr', CATALOGS, warn)
    expect(t('nope.missing')).toBe('nope.missing')
    expect(t('nope.missing')).toBe('nope.missing')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toContain('nope.missing')
  })

  it('leaves a placeholder without a value as written', () => {
    expect(createTranslator('en', { en: { k: 'Hi {{name}}' } })('k')).toBe('Hi {{name}}')
  })
})

describe('loadCatalog', () => {
  it('gives English at once and loads the other languages', async () => {
    expect(await loadCatalog('en')).toBe(ENGLISH)
    expect((await loadCatalog('de'))['common.retry']).toBe(CATALOGS.de['common.retry'])
  })

  it('keeps every other language out of the translator until it is loaded', () => {
    expect(createTranslator('de', undefined, () => undefined)('common.retry')).toBe('Retry')
  })
})

describe('CATALOGS', () => {
  it('translates every English key in every UI language', () => {
    const keys = Object.keys(CATALOGS.en).sort()
    for (const catalog of Object.values(CATALOGS)) expect(Object.keys(catalog).sort()).toEqual(keys)
  })

  it('keeps the same placeholders in every translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      for (const catalog of Object.values(CATALOGS))
        expect(placeholders(catalog[key] ?? ''), key).toEqual(placeholders(english))
    }
  })
})
