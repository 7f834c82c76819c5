import { describe, expect, it } from 'vitest'
import { predictFromCounts, predictProbabilities } from '../classifier/linear-model.ts'
import { DEFAULT_MODELS } from '../model/default-models.ts'
import { hashFeatures, type FeatureConfig, type FeatureCounts } from './hash-features.ts'
import { createTextFeatures } from './text-features.ts'

const TEXTS = [
  'I was charged twice for my subscription, this is not acceptable! Please refund me.',
  "Thanks, the export works great now. Can't say I love the new layout though.",
  'Ｌｏｇｉｎ fails with error 500 since yesterday — café WiFi or not, nothing helps.',
  'never never never happy',
  '',
]

const CONFIGS: FeatureConfig[] = [
  { bits: 20, charMin: 2, charMax: 5, wordNgrams: 2 },
  { bits: 20, charMin: 2, charMax: 5, wordNgrams: 2, rawTf: true },
  { bits: 20, charMin: 2, charMax: 5, wordNgrams: 2, polarity: true },
  { bits: 18, charMin: 3, charMax: 4, wordNgrams: 1, polarity: true },
  { bits: 16, charMin: 2, charMax: 3, wordNgrams: 0, polarity: true },
  { bits: 16, charMin: 2, charMax: 3, wordNgrams: 0 },
]

const plain = (counts: FeatureCounts) => ({ buckets: [...counts.buckets], counts: [...counts.counts] })

describe('createTextFeatures', () => {
  it('gives the same counts as hashing the text for each configuration', () => {
    for (const text of TEXTS) {
      // One instance for all configurations, so counts cached for one must not leak into another.
      const features = createTextFeatures(text)
      for (const config of CONFIGS)
        expect(plain(features.countsFor(config)), `${text} ${JSON.stringify(config)}`).toEqual(
          plain(hashFeatures(text, config)),
        )
    }
  })

  it('gives every shipped model the same probabilities as hashing the text for it alone', () => {
    for (const text of TEXTS) {
      const features = createTextFeatures(text)
      for (const model of Object.values(DEFAULT_MODELS))
        expect([...predictFromCounts(model, features.countsFor(model.config))]).toEqual([
          ...predictProbabilities(model, text),
        ])
    }
  })

  it('hashes once for configurations that differ only in how counts are weighed', () => {
    const features = createTextFeatures(TEXTS[0] as string)
    const config = CONFIGS[0] as FeatureConfig
    expect(features.countsFor({ ...config, rawTf: true })).toBe(features.countsFor(config))
  })
})
