import { describe, expect, it } from 'vitest'
import { sortKeys } from './sort-keys.ts'

describe('sortKeys', () => {
  it('sorts keys below 2^bits as the built-in numeric sort does, leaving the rest of the array', () => {
    let seed = 1
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    for (const [n, bits] of [
      [0, 24],
      [1, 24],
      [5_000, 24],
      [3_000, 16],
      [700, 12],
    ] as const) {
      const keys = Int32Array.from({ length: n + 3 }, () => random() % 2 ** bits)
      const expected = Int32Array.from(keys)
      expected.subarray(0, n).sort()
      sortKeys(keys, n, bits)
      expect([...keys]).toEqual([...expected])
    }
  })

  it('keeps repeated keys', () => {
    const keys = Int32Array.of(7, 3, 7, 0, 3, 7)
    sortKeys(keys, keys.length, 24)
    expect([...keys]).toEqual([0, 3, 3, 7, 7, 7])
  })
})
