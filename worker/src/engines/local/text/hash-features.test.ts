import { describe, expect, it } from 'vitest'
import { charNgrams, hashFeatures, isWordBucket, maxCharNgrams } from './hash-features.ts'
import { normalizeText } from './normalize-text.ts'

const TEXT = 'Refunds take five days; the refund appears on your card statement.'

describe('hashFeatures', () => {
  it('hashes the same character n-grams with or without word features', () => {
    const withWords = hashFeatures(TEXT, { bits: 20, charMin: 3, charMax: 5, wordNgrams: 1 })
    const charsOnly = hashFeatures(TEXT, { bits: 20, charMin: 3, charMax: 5, wordNgrams: 0 })
    const charBlock = [...withWords.buckets]
      .map((b, i) => [b, withWords.counts[i]])
      .filter(([b]) => !isWordBucket(b as number, 20))
    expect([...charsOnly.buckets].map((b, i) => [b, charsOnly.counts[i]])).toEqual(charBlock)
    expect(charsOnly.buckets.some((b) => isWordBucket(b, 20))).toBe(false)
  })

  it('returns sorted unique buckets with their counts', () => {
    const { buckets, counts } = hashFeatures('aaa aaa', { bits: 20, charMin: 3, charMax: 3, wordNgrams: 1 })
    expect([...buckets]).toEqual([...buckets].sort((a, b) => a - b))
    expect(new Set(buckets).size).toBe(buckets.length)
    expect(counts.reduce((sum, c) => sum + c, 0)).toBe(7 + 2)
  })
})

describe('charNgrams', () => {
  it('writes every character n-gram that hashFeatures counts, from the given index', () => {
    const config = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 0 }
    const normalized = normalizeText(TEXT)
    const out = new Int32Array(5 + maxCharNgrams(normalized, config))
    const end = charNgrams(normalized, config, out, 5)
    const counts = new Map<number, number>()
    for (const bucket of out.subarray(5, end)) counts.set(bucket, (counts.get(bucket) ?? 0) + 1)
    const { buckets, counts: expected } = hashFeatures(TEXT, config)
    expect([...counts].sort(([a], [b]) => a - b)).toEqual([...buckets].map((b, i) => [b, expected[i]]))
    expect(end - 5).toBeLessThanOrEqual(maxCharNgrams(normalized, config))
  })
})
