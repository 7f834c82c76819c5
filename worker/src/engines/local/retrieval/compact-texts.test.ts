import { describe, expect, it } from 'vitest'
import { decodeText, encodeTexts, type TextEntries } from './compact-texts.ts'

const decodeAll = ({ bytes, offsets }: ReturnType<typeof encodeTexts>) =>
  Array.from({ length: offsets.length - 1 }, (_, t) => {
    const positions = new Int32Array(bytes.length)
    const counts = new Uint32Array(bytes.length)
    const end = decodeText(bytes, offsets[t] as number, offsets[t + 1] as number, positions, counts, 0)
    return { positions: [...positions.subarray(0, end)], counts: [...counts.subarray(0, end)] }
  })

const text = (positions: number[], counts: number[]): TextEntries => ({
  positions,
  counts,
  length: positions.length,
})

describe('compact texts', () => {
  it('decodes the places and counts it encoded, text by text', () => {
    const texts = [
      text([0, 1, 2, 300, 301], [1, 1, 2, 1, 1]),
      text([], []),
      text([5, 70_000, 70_001, 1_000_000], [1, 300, 1, 100_000]),
    ]
    expect(decodeAll(encodeTexts(texts))).toEqual(
      texts.map(({ positions, counts }) => ({ positions, counts })),
    )
  })

  it('takes one byte for a single n-gram near the previous one', () => {
    const { bytes, offsets } = encodeTexts([text([3, 10, 200], [1, 1, 1]), text([0, 255], [1, 1])])
    expect([...bytes]).toEqual([4, 7, 190, 1, 255])
    expect([...offsets]).toEqual([0, 3, 5])
  })

  it('widens its offsets when the texts pass 64 kB', () => {
    const long = Array.from({ length: 40_000 }, (_, i) => i * 1000)
    const encoded = encodeTexts([text(long, new Array<number>(long.length).fill(1)), text([1], [1])])
    expect(encoded.offsets).toBeInstanceOf(Uint32Array)
    expect(decodeAll(encoded)[1]).toEqual({ positions: [1], counts: [1] })
    expect(decodeAll(encoded)[0]?.positions).toEqual(long)
  })
})
