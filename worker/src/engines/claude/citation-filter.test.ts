import { describe, expect, it } from 'vitest'
import type { DraftArticle } from '../engine.ts'
import { createCitationFilter } from './citation-filter.ts'

const ARTICLES: DraftArticle[] = [
  { id: 'kb-1', title: 'Reset', body: '', url: 'https://help.example/1', locale: 'en' },
  { id: 'kb-2', title: 'Billing', body: '', url: null, locale: 'en' },
]

/** Feeds `text` in chunks of `size` and returns every released piece plus the final flush. */
const run = (text: string, size: number) => {
  const filter = createCitationFilter(ARTICLES)
  const pieces: string[] = []
  for (let i = 0; i < text.length; i += size) pieces.push(filter.push(text.slice(i, i + size)))
  pieces.push(filter.flush())
  return { filter, pieces }
}

describe('createCitationFilter', () => {
  it('keeps markers of supplied articles and drops others with their leading space', () => {
    const { filter } = run('Open settings [#kb-1]. Then pay [#kb-99]. Done [#kb-2].', 5)
    expect(filter.text()).toBe('Open settings [#kb-1]. Then pay. Done [#kb-2].')
    expect(filter.citations()).toEqual([
      { id: 'kb-1', title: 'Reset', url: 'https://help.example/1' },
      { id: 'kb-2', title: 'Billing', url: null },
    ])
  })

  it('never releases any part of an unknown marker, whatever the chunking', () => {
    const text = 'See [#kb-evil-1] and [#kb-1] now.'
    for (const size of [1, 2, 3, 7]) {
      const { filter, pieces } = run(text, size)
      expect(pieces.join('')).toBe(filter.text())
      expect(filter.text()).toBe('See and [#kb-1] now.')
      expect(pieces.some((p) => p.includes('evil') || p.endsWith('[#'))).toBe(false)
    }
  })

  it('normalises grouped markers and keeps only supplied ids', () => {
    const { filter } = run('Both apply [#kb-2, #kb-404, #kb-1].', 4)
    expect(filter.text()).toBe('Both apply [#kb-2][#kb-1].')
    expect(filter.citations().map((c) => c.id)).toEqual(['kb-2', 'kb-1'])
  })

  it('lists each cited article once, in order of first citation', () => {
    const { filter } = run('A [#kb-2]. B [#kb-1]. C [#kb-2].', 3)
    expect(filter.citations().map((c) => c.id)).toEqual(['kb-2', 'kb-1'])
  })

  it('releases brackets that are not markers unchanged', () => {
    const { filter } = run('Press [Save] then [ OK ]; arrays use a[0] ', 4)
    expect(filter.text()).toBe('Press [Save] then [ OK ]; arrays use a[0] ')
    expect(filter.citations()).toEqual([])
  })

  it('holds back an unfinished marker until it is complete', () => {
    const filter = createCitationFilter(ARTICLES)
    expect(filter.push('Read [#kb')).toBe('Read')
    expect(filter.push('-1] first')).toBe(' [#kb-1] first')
  })
})
