import {
  addBuckets,
  hashNormalizedFeatures,
  polarityBuckets,
  type FeatureConfig,
  type FeatureCounts,
} from './hash-features.ts'
import { normalizeText, splitWords } from './normalize-text.ts'

/** One text's hashed features under any configuration, each hashed once however many models read it. */
export type TextFeatures = { countsFor: (config: FeatureConfig) => FeatureCounts }

// `rawTf` only changes how the counts are weighed, not which buckets they fill.
const hashingKey = (config: FeatureConfig, isPolar: boolean): string =>
  `${config.bits}/${config.charMin}/${config.charMax}/${config.wordNgrams}/${isPolar ? 'p' : ''}`

/**
 * Normalizes and splits a text once; `countsFor` equals `hashFeatures(text, config)` bucket for bucket. Models
 * that add polarity features reuse the counts of the same configuration without them.
 * @example const features = createTextFeatures(text); predictFromCounts(model, features.countsFor(model.config))
 */
export const createTextFeatures = (text: string): TextFeatures => {
  const normalized = normalizeText(text)
  let words: string[] | undefined
  const hashed = new Map<string, FeatureCounts>()
  const countsFor = (config: FeatureConfig, isPolar = Boolean(config.polarity)): FeatureCounts => {
    const key = hashingKey(config, isPolar)
    let counts = hashed.get(key)
    if (!counts) {
      words ??= splitWords(normalized)
      counts = isPolar
        ? addBuckets(countsFor(config, false), polarityBuckets(words, config.bits))
        : hashNormalizedFeatures(normalized, { ...config, polarity: false }, words)
      hashed.set(key, counts)
    }
    return counts
  }
  return { countsFor: (config) => countsFor(config) }
}
