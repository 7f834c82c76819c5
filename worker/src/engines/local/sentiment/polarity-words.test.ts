import { describe, expect, it } from 'vitest'
import { normalizeText, splitWords } from '../text/normalize-text.ts'
import { polarityWords } from './polarity-words.ts'

const polarityOf = (text: string): string[] => polarityWords(splitWords(normalizeText(text)))

describe('polarityWords', () => {
  it('marks lexicon words by polarity and the intense ones as strong', () => {
    expect(polarityOf('Great crew, thanks')).toEqual(['polarity:pos', 'polarity:pos:strong', 'polarity:pos'])
    expect(polarityOf('Worst delay ever')).toEqual(['polarity:neg', 'polarity:neg:strong', 'polarity:neg'])
  })

  it('flips a word after a negator within three words, including contractions', () => {
    expect(polarityOf('not good')).toEqual(['polarity:neg'])
    expect(polarityOf('I don’t like it')).toEqual(['polarity:neg'])
    expect(polarityOf('they didnt help')).toEqual(['polarity:neg'])
    expect(polarityOf('I cant recommend them, it wasnt fun')).toEqual(['polarity:neg', 'polarity:neg'])
    expect(polarityOf('never had a problem')).toEqual(['polarity:pos'])
    expect(polarityOf('not that I was ever so happy')).toEqual(['polarity:pos', 'polarity:pos:strong'])
  })

  it('returns nothing for text without sentiment words', () => {
    expect(polarityOf('Flight 1234 from Boston to Denver')).toEqual([])
    expect(polarityOf('')).toEqual([])
  })
})
