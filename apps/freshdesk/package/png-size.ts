// PNG sizes are read as for the Zendesk package; FDK also accepts an SVG icon.
export { readPngSize } from '../../zendesk/package/png-size.ts'

/** Reads an SVG's declared width and height (FDK accepts an SVG icon whose attributes say 64×64). */
export const readSvgSize = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes))?.[0]
  if (!root) return undefined
  const attribute = (name: string): number => Number(new RegExp(`\\s${name}="(\\d+)(px)?"`).exec(root)?.[1])
  return { width: attribute('width'), height: attribute('height') }
}
