const DIGIT_BITS = 8
const DIGITS = 1 << DIGIT_BITS
const histogram = new Uint32Array(DIGITS)
let spare = new Int32Array(16_384)

/**
 * Sorts the first `n` keys in place, ascending, when every key is in [0, 2^`bits`): a least-significant-digit
 * radix sort, a byte per pass. For the few thousand 24-bit keys of an article it takes a quarter of the time of
 * the built-in sort, which compares.
 * @example sortKeys(Int32Array.of(3, 1, 2), 3, 24) // [1, 2, 3]
 */
export const sortKeys = (keys: Int32Array, n: number, bits: number): void => {
  if (spare.length < n) spare = new Int32Array(n * 2)
  let from: Int32Array = keys
  let to: Int32Array = spare
  for (let shift = 0; shift < bits; shift += DIGIT_BITS) {
    histogram.fill(0)
    for (let i = 0; i < n; i++) histogram[((from[i] as number) >>> shift) & (DIGITS - 1)]! += 1
    let sum = 0
    for (let d = 0; d < DIGITS; d++) {
      const count = histogram[d] as number
      histogram[d] = sum
      sum += count
    }
    for (let i = 0; i < n; i++) {
      const key = from[i] as number
      const digit = (key >>> shift) & (DIGITS - 1)
      to[histogram[digit]!++] = key
    }
    const swap = from
    from = to
    to = swap
  }
  if (from !== keys) keys.set(from.subarray(0, n))
}
