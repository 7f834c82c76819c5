import { describe, expect, it } from 'vitest'
import { AppError } from '@deskmate/shared'
import { argmax, predictProbabilities } from './classifier/linear-model.ts'
import { parseModel } from './classifier/serialize-model.ts'
import { trainModel } from './train-model.ts'

const examples = Array.from({ length: 60 }, (_, i) =>
  i % 2 === 0
    ? { text: `Please cancel my subscription number ${i}, I want to close the plan`, label: 'cancellation' }
    : { text: `The export button crashes with error ${i} when I click it`, label: 'bug_report' },
)

describe('trainModel', () => {
  it('returns sorted labels, a holdout accuracy and a JSON model that classifies', () => {
    const trained = trainModel('category', examples)
    expect(trained.labels).toEqual(['bug_report', 'cancellation'])
    expect(trained.examples).toBe(60)
    expect(trained.holdoutAccuracy).toBe(1)
    const model = parseModel(trained.json)
    expect(model.labels[argmax(predictProbabilities(model, 'cancel my plan please'))]).toBe('cancellation')
  })

  it('skips the holdout for small sets', () => {
    expect(trainModel('type', examples.slice(0, 12)).holdoutAccuracy).toBeNull()
  })

  it('throws validation_failed when only one label is given', () => {
    const oneLabel = examples.map((example) => ({ ...example, label: 'x' }))
    expect(() => trainModel('priority', oneLabel)).toThrow(AppError)
  })
})

describe('trainModel for sentiment', () => {
  const tweets = Array.from({ length: 60 }, (_, i) =>
    i % 2 === 0
      ? { text: `flight ${i} was wonderful and the crew was lovely`, label: 'positive' }
      : { text: `flight ${i} was awful and the crew was rude`, label: 'negative' },
  )

  it('stores the polarity features in the model so predictions use them too', () => {
    const model = parseModel(trainModel('sentiment', tweets).json)
    expect(model.config.polarity).toBe(true)
    // Only the lexicon knows these words: the decision rests on their polarity.
    expect(model.labels[argmax(predictProbabilities(model, 'superb, delightful'))]).toBe('positive')
    expect(model.labels[argmax(predictProbabilities(model, 'horrible, disgusting'))]).toBe('negative')
  })

  it('leaves the other heads without them', () => {
    expect(parseModel(trainModel('category', examples).json).config.polarity).toBeUndefined()
  })
})
