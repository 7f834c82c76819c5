/**
 * An article's texts (title, then passages) as one byte array: each text is the ascending list of its places in
 * the article's vocabulary with the raw count of each n-gram. Most n-grams occur once and lie within 255 places of
 * the previous one, so most entries take one byte (the gap); the rest take a zero byte, then the gap and the count
 * as base-128 varints. About a third of the bytes of 16-bit places plus 8-bit counts, so more articles stay cached.
 */
export type CompactTexts = {
  bytes: Uint8Array
  /** Text t spans `bytes[offsets[t]]` to `bytes[offsets[t + 1]]`. */
  offsets: Uint16Array | Uint32Array
}

/** Places and counts of one text, ascending by place. */
export type TextEntries = { positions: ArrayLike<number>; counts: ArrayLike<number>; length: number }

let buffer = new Uint8Array(16_384)

const reserve = (at: number, more: number): void => {
  if (at + more <= buffer.length) return
  const grown = new Uint8Array(Math.max(buffer.length * 2, at + more))
  grown.set(buffer.subarray(0, at))
  buffer = grown
}

const writeVarint = (at: number, value: number): number => {
  while (value >= 0x80) {
    buffer[at++] = (value & 0x7f) | 0x80
    value >>>= 7
  }
  buffer[at++] = value
  return at
}

/** Encodes texts whose places ascend strictly (a text lists each vocabulary entry at most once). */
export const encodeTexts = (texts: TextEntries[]): CompactTexts => {
  const ends: number[] = []
  let at = 0
  for (const { positions, counts, length } of texts) {
    // One byte per entry at best, 11 at worst (escape, then two 5-byte varints).
    reserve(at, length * 11)
    let previous = -1
    for (let i = 0; i < length; i++) {
      const position = positions[i] as number
      const count = counts[i] as number
      const gap = position - previous
      previous = position
      if (count === 1 && gap <= 0xff) buffer[at++] = gap
      else {
        buffer[at++] = 0
        at = writeVarint(at, gap)
        at = writeVarint(at, count)
      }
    }
    ends.push(at)
  }
  const offsets = at <= 0xffff ? new Uint16Array(texts.length + 1) : new Uint32Array(texts.length + 1)
  ends.forEach((end, t) => (offsets[t + 1] = end))
  return { bytes: buffer.slice(0, at), offsets }
}

/**
 * Decodes one text (`bytes[start]` to `bytes[end]`) into `positions` and `counts` from index `into`; returns the
 * index after its last entry. A text has at most one entry per byte, which sizes the arrays.
 */
export const decodeText = (
  bytes: Uint8Array,
  start: number,
  end: number,
  positions: Int32Array,
  counts: Uint32Array | Float32Array,
  into: number,
): number => {
  let at = into
  let k = start
  let previous = -1
  while (k < end) {
    const byte = bytes[k++] as number
    if (byte !== 0) {
      previous += byte
      counts[at] = 1
    } else {
      let gap = 0
      let shift = 0
      let x: number
      do {
        x = bytes[k++] as number
        gap += (x & 0x7f) * 2 ** shift
        shift += 7
      } while (x & 0x80)
      let count = 0
      shift = 0
      do {
        x = bytes[k++] as number
        count += (x & 0x7f) * 2 ** shift
        shift += 7
      } while (x & 0x80)
      previous += gap
      counts[at] = count
    }
    positions[at++] = previous
  }
  return at
}
