import { describe, expect, it } from 'vitest'
import { findSensitiveTopics } from './find-sensitive-topics.ts'

describe('findSensitiveTopics', () => {
  it.each([
    ['Hilfe\nIch will einfach nicht mehr leben. Alles bricht zusammen.', 'self_harm'],
    ['Notes missing\nAfter syncing my phone and laptop, all notes from last year are gone.', 'data_loss'],
    ['Archivos\nSe borraron todos los archivos del proyecto.', 'data_loss'],
  ])('finds the topic of a paraphrase no keyword names: %s', (text, topic) => {
    expect(findSensitiveTopics(text)).toContain(topic)
  })

  it('finds it through a disguise (look-alike letters, zero-width characters)', () => {
    expect(
      findSensitiveTopics('Hilfe\nIch will einfach nicht mеhr lе\u200Bbеn. Alles bricht zusаmmеn.'),
    ).toContain('self_harm')
  })

  it('unites the patterns with the scorer', () => {
    expect(findSensitiveTopics('I will sue you and my lawyer will be in touch')).toContain('legal_threat')
  })

  it.each([
    'Forgot my password\nHello, I forgot my password. How do I reset it? Thanks!',
    'Where is my order?\nI ordered a Desk Display on Monday. When will it ship?',
  ])('finds nothing in an everyday ticket: %s', (text) => {
    expect(findSensitiveTopics(text)).toEqual([])
  })
})
