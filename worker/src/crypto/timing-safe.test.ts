import { describe, expect, it } from 'vitest'
import { sha256Hex } from './timing-safe.ts'

describe('sha256Hex', () => {
  it('hex-encodes the SHA-256 digest of the text, two lowercase digits per byte', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
