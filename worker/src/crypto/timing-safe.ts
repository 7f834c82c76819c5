const encoder = new TextEncoder()

/**
 * Compares two strings in time independent of where they differ (workerd's timingSafeEqual on equal lengths).
 * @example timingSafeEqualText(header, expected)
 */
export const timingSafeEqualText = (a: string, b: string): boolean => {
  const left = encoder.encode(a)
  const right = encoder.encode(b)
  // Compare against itself on a length mismatch so the time spent does not reveal the expected length.
  if (left.byteLength !== right.byteLength) {
    crypto.subtle.timingSafeEqual(left, left)
    return false
  }
  return crypto.subtle.timingSafeEqual(left, right)
}

// Every byte's two hex digits, so hashing a webhook delivery does not format 32 numbers one by one.
const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/** SHA-256 of a string, hex-encoded (stream tokens and webhook deliveries are stored only as hashes). */
export const sha256Hex = async (text: string): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
  let hex = ''
  for (const byte of digest) hex += HEX_BYTES[byte]
  return hex
}

/** A random URL-safe token of `bytes` random bytes. */
export const randomToken = (bytes = 32): string =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '')
