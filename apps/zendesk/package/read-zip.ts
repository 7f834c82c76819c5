import { unzipSync } from 'fflate'

/** One entry of a zip archive with the metadata the validator needs. */
export type ZipEntry = { path: string; isDirectory: boolean; isSymlink: boolean; data: Uint8Array }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const S_IFMT = 0o170000
const S_IFLNK = 0o120000

const findEndOfCentralDirectory = (view: DataView): number => {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 65_535); offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset
  }
  throw new Error('Not a zip archive (no end of central directory record)')
}

/**
 * Reads a zip's central directory (names, unix modes: fflate does not expose symlink bits) and its contents.
 * Throws on a malformed archive.
 */
export const readZip = (bytes: Uint8Array): ZipEntry[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfCentralDirectory(view)
  const count = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)
  const contents = unzipSync(bytes)
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  for (let index = 0; index < count; index++) {
    if (view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw new Error('Corrupt zip central directory')
    const madeBy = view.getUint16(offset + 4, true) >> 8
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const externalAttributes = view.getUint32(offset + 38, true)
    const path = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    // Host 3 is Unix: the high 16 bits of the external attributes hold st_mode.
    const mode = madeBy === 3 ? externalAttributes >>> 16 : 0
    entries.push({
      path,
      isDirectory: path.endsWith('/'),
      isSymlink: (mode & S_IFMT) === S_IFLNK,
      data: contents[path] ?? new Uint8Array(),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
