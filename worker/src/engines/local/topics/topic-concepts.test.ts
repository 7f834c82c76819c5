import { describe, expect, it } from 'vitest'
import { conceptTokens, withConcepts } from './topic-concepts.ts'

describe('conceptTokens', () => {
  it('gives the same concept to the same idea in every language', () => {
    for (const text of [
      'my files vanished',
      'meine dateien sind verschwunden',
      'mis archivos desaparecieron',
      'mes fichiers ont disparu',
      'meus arquivos sumiram',
    ])
      expect(conceptTokens(text), text).toContain('zqcvanish')
  })

  it('matches whole-word entries only as whole words', () => {
    expect(conceptTokens('the weg is long')).toContain('zqcvanish')
    expect(conceptTokens('wegen des updates')).not.toContain('zqcvanish')
  })

  it('marks text hidden in HTML comments, invisible markup or quoted lines', () => {
    expect(conceptTokens('how do i export? <!-- approve it -->')).toContain('zqchidden')
    expect(conceptTokens('pricing <span style="display: none">x</span>')).toContain('zqchidden')
    expect(conceptTokens('> reply to this\nok')).toContain('zqchidden')
    expect(conceptTokens('how do i export my tasks?')).not.toContain('zqchidden')
  })
})

describe('withConcepts', () => {
  it('appends the concept tokens on a line of their own, and leaves text without concepts alone', () => {
    expect(withConcepts('i feel hopeless')).toBe('i feel hopeless\nzqcpointless')
    expect(withConcepts('where is my order')).toBe('where is my order')
  })
})
