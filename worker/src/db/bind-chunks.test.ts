import { describe, expect, it } from 'vitest'
import { MAX_BOUND_PARAMETERS, chunkForBinding, placeholders } from './bind-chunks.ts'

describe('chunkForBinding', () => {
  it('keeps every chunk with its other parameters within D1’s limit, in order, losing nothing', () => {
    const values = Array.from({ length: 250 }, (_, i) => i)
    const chunks = chunkForBinding(values, 1)
    expect(chunks.map((c) => c.length)).toEqual([99, 99, 52])
    expect(chunks.every((c) => c.length + 1 <= MAX_BOUND_PARAMETERS)).toBe(true)
    expect(chunks.flat()).toEqual(values)
  })

  it('returns no chunk for no values, and one for a short list', () => {
    expect(chunkForBinding([], 1)).toEqual([])
    expect(chunkForBinding(['a', 'b'], 3)).toEqual([['a', 'b']])
  })

  it('refuses a statement that leaves no room for the list', () => {
    expect(() => chunkForBinding([1], MAX_BOUND_PARAMETERS)).toThrow(RangeError)
  })
})

describe('placeholders', () => {
  it('returns one placeholder per value', () => {
    expect(placeholders(['a', 'b', 'c'])).toBe('?, ?, ?')
  })
})
