import { describe, expect, it } from 'vitest'
import { drawIds } from './confidence-data.ts'

describe('drawIds', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `intent_${i}`)

  it('draws the same ids for a seed whatever the input order, and others for another seed', () => {
    const first = drawIds(ids, 10, 3)
    expect(first.size).toBe(10)
    expect([...drawIds([...ids].reverse(), 10, 3)].sort()).toEqual([...first].sort())
    expect([...drawIds(ids, 10, 4)].sort()).not.toEqual([...first].sort())
    for (const id of first) expect(ids).toContain(id)
  })
})
