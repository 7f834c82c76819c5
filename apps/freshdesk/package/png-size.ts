const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Reads a PNG's width and height from its IHDR chunk; undefined when the bytes are not a PNG. */
export const readPngSize = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Reads an SVG's declared width and height (FDK accepts an SVG icon whose attributes say 64×64). */
export const readSvgSize = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes))?.[0]
  if (!root) return undefined
  const attribute = (name: string): number => Number(new RegExp(`\\s${name}="(\\d+)(px)?"`).exec(root)?.[1])
  return { width: attribute('width'), height: attribute('height') }
}
