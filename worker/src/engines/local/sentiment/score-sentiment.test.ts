import { describe, expect, it } from 'vitest'
import { describeSentiment, sentimentScore } from './score-sentiment.ts'

describe('sentimentScore', () => {
  it('returns P(positive) − P(negative) for three labels', () => {
    expect(sentimentScore(['negative', 'neutral', 'positive'], [0.7, 0.2, 0.1])).toBeCloseTo(-0.6)
  })

  it('places five labels at -1, -0.5, 0, 0.5 and 1', () => {
    const labels = ['negative', 'neutral', 'positive', 'very_negative', 'very_positive']
    expect(sentimentScore(labels, [1, 0, 0, 0, 0])).toBeCloseTo(-0.5)
    expect(sentimentScore(labels, [0, 0, 0, 0, 1])).toBeCloseTo(1)
  })

  it('reads CSAT ratings 1–5', () => {
    expect(sentimentScore(['1', '5'], [0.25, 0.75])).toBeCloseTo(0.5)
  })
})

describe('describeSentiment', () => {
  it('labels the score on the five-point scale', () => {
    expect(describeSentiment('ok', -0.8).label).toBe('very_negative')
    expect(describeSentiment('ok', 0.1).label).toBe('neutral')
    expect(describeSentiment('ok', 0.7).label).toBe('very_positive')
  })

  it('flags frustration from cues in several languages when the tone is negative', () => {
    expect(describeSentiment('This is the third time I write, unacceptable.', -0.5).frustrated).toBe(true)
    expect(describeSentiment('Das ist unverschämt, schon wieder kaputt', -0.4).frustrated).toBe(true)
    expect(describeSentiment('Thanks, unacceptable delays are gone now!', 0.6).frustrated).toBe(false)
  })

  it('flags urgency from cues', () => {
    expect(describeSentiment('Production is down, please help ASAP', -0.2).urgent).toBe(true)
    expect(describeSentiment('Es ist dringend', 0).urgent).toBe(true)
    expect(describeSentiment('Whenever you have time', 0).urgent).toBe(false)
  })
})
