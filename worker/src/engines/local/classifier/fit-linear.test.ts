import { describe, expect, it } from 'vitest'
import { DEFAULT_FEATURE_CONFIG, hashFeatures } from '../text/hash-features.ts'
import { DEFAULT_FIT_OPTIONS, fitLinear, type FitOptions } from './fit-linear.ts'
import { argmax, predictProbabilities } from './linear-model.ts'
import { parseModel, serializeModel } from './serialize-model.ts'

const TOY = [
  ['I was charged twice on my invoice', 'billing'],
  ['Refund the duplicate payment on my card', 'billing'],
  ['The invoice amount is wrong', 'billing'],
  ['Why was my credit card charged again', 'billing'],
  ['I cannot log in, password reset link expired', 'login'],
  ['Two-factor code never arrives when I sign in', 'login'],
  ['Locked out of my account after password change', 'login'],
  ['Login page says my password is invalid', 'login'],
] as const

const train = (options: Partial<FitOptions> = {}) => {
  const labels = ['billing', 'login']
  return fitLinear(
    TOY.map(([text]) => hashFeatures(text, DEFAULT_FEATURE_CONFIG)),
    Int32Array.from(TOY, ([, label]) => labels.indexOf(label)),
    labels,
    DEFAULT_FEATURE_CONFIG,
    { ...DEFAULT_FIT_OPTIONS, minDf: 1, epochs: 20, learningRate: 2, ...options },
  )
}

const predict = (model: ReturnType<typeof train>, text: string) =>
  model.labels[argmax(predictProbabilities(model, text))]

describe('fitLinear', () => {
  it('learns a separable toy set', () => {
    const model = train()
    for (const [text, label] of TOY) expect(predict(model, text)).toBe(label)
    expect(predict(model, 'my card was charged twice')).toBe('billing')
    expect(predict(model, 'password reset does not let me log in')).toBe('login')
  })

  it('fits one-vs-rest SVMs with the squared-hinge loss', () => {
    const model = train({ loss: 'squared-hinge' })
    for (const [text, label] of TOY) expect(predict(model, text)).toBe(label)
    expect(predict(model, 'my card was charged twice')).toBe('billing')
    // A different fit than the softmax's: SVM margins are not logits.
    expect(Array.from(model.weights)).not.toEqual(Array.from(train().weights))
  })

  it('returns probabilities that sum to 1', () => {
    const probabilities = predictProbabilities(train(), 'invoice')
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6)
  })
})

describe('serializeModel', () => {
  it('round-trips to a model that predicts the same labels', () => {
    const model = train()
    const parsed = parseModel(serializeModel(model))
    expect(parsed.labels).toEqual(model.labels)
    expect(Array.from(parsed.vocab)).toEqual(Array.from(model.vocab))
    for (const [text] of TOY) expect(predict(parsed, text)).toBe(predict(model, text))
  })

  it('rejects a document whose arrays do not match', () => {
    const broken = JSON.parse(serializeModel(train())) as { weights: string }
    broken.weights = btoa('xx')
    expect(() => parseModel(JSON.stringify(broken))).toThrow(/do not match/)
  })
})
