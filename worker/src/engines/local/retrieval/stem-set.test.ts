import { describe, expect, it } from 'vitest'
import { toStemSet } from './stem-set.ts'

describe('toStemSet', () => {
  it('finds every stem it was given and none it was not', () => {
    const stems = Array.from({ length: 500 }, (_, i) => `stem${i}`)
    const set = toStemSet(stems)
    expect(stems.every((stem) => set.has(stem))).toBe(true)
    const absent = Array.from({ length: 5_000 }, (_, i) => `other${i}`)
    expect(absent.filter((stem) => set.has(stem))).toEqual([])
  })

  it('holds each distinct stem once, in four bytes', () => {
    const set = toStemSet(['invoic', 'download', 'invoic', ''])
    expect(set.hashes).toHaveLength(3)
    expect(set.has('')).toBe(true)
    expect(set.has('invoice')).toBe(false)
    expect(toStemSet([]).has('invoic')).toBe(false)
  })
})
