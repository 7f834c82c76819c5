import { readPngSize } from './png-size.ts'
import type { ZipEntry } from './read-zip.ts'
import { issue, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

// The gem rejects these MIME types whether detected from the name or from the content.
const FORBIDDEN_EXTENSIONS = new Set([
  'rar', 'zip', 'gz', 'gzip', 'tgz', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar',
  'mp3', 'mpeg', 'mpg', 'odt', 'ppt', 'pptx', 'xls', 'xlsx', '7z',
]) // prettier-ignore

const startsWith = (data: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  data.length >= offset + signature.length && signature.every((byte, index) => data[offset + index] === byte)

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

/** Magic numbers of the forbidden types (zip also covers docx, xlsx, pptx, odt and jar). */
const MAGIC: readonly { signature: number[]; offset?: number }[] = [
  { signature: [0x50, 0x4b, 0x03, 0x04] },
  { signature: ascii('Rar!\x1a\x07') },
  { signature: [0x1f, 0x8b] },
  { signature: ascii('%PDF-') },
  { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { signature: ascii('BZh') },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { signature: ascii('ID3') },
  { signature: [0xff, 0xfb] },
  { signature: [0x00, 0x00, 0x01, 0xba] },
  { signature: [0x00, 0x00, 0x01, 0xb3] },
  { signature: ascii('AVI '), offset: 8 },
]

const isShellScript = (data: Uint8Array): boolean =>
  /^#!\s*\/(usr\/)?bin\/(env\s+)?(ba|c|z|k|da)?sh\b/.test(new TextDecoder().decode(data.subarray(0, 64)))

/** True when a file's extension or content marks a type Zendesk refuses in an app package. */
export const isForbiddenFile = (path: string, data: Uint8Array): boolean => {
  const extension = path.split('/').pop()?.split('.').slice(1).pop()?.toLowerCase() ?? ''
  if (FORBIDDEN_EXTENSIONS.has(extension)) return true
  if (MAGIC.some(({ signature, offset }) => startsWith(data, signature, offset ?? 0))) return true
  return isShellScript(data)
}

const LOGOS = [
  { path: 'assets/logo.png', width: 320, height: 320 },
  { path: 'assets/logo-small.png', width: 128, height: 128 },
] as const
const BANNER_SIZES = [
  [830, 200],
  [1660, 400],
] as const

const checkImages = (files: PackageFiles): ValidationIssue[] => {
  const issues: ValidationIssue[] = []
  for (const logo of LOGOS) {
    const data = files.get(logo.path)
    const size = data && readPngSize(data)
    if (!data) issues.push(issue('missing_logo', `Could not find ${logo.path}`))
    else if (!size) issues.push(issue('invalid_logo_format', `${logo.path} must be a PNG file.`))
    else if (size.width !== logo.width || size.height !== logo.height)
      issues.push(
        issue(
          'invalid_logo_size',
          `Invalid ${logo.path} dimensions ${size.width}x${size.height}. Must be ${logo.width}x${logo.height}px.`,
        ),
      )
  }
  const banner = files.get('assets/banner.png')
  if (banner) {
    const size = readPngSize(banner)
    if (!size) issues.push(issue('banner.invalid_format', 'Banner image must be a PNG file.'))
    else if (!BANNER_SIZES.some(([width, height]) => size.width === width && size.height === height))
      issues.push(
        issue('banner.invalid_size', 'Invalid banner image dimensions. Must be 830x200px or 1660x400px.'),
      )
  }
  return issues
}

/** Checks the archive's files: no symlinks, no forbidden types, logos (and banner) with the right sizes. */
export const validateFiles = (
  entries: ZipEntry[],
  files: PackageFiles,
  isSourceless: boolean,
): ValidationIssue[] => {
  const issues: ValidationIssue[] = []
  if (entries.some((entry) => entry.isSymlink))
    issues.push(issue('symlink_in_zip', 'Symlinks are not allowed in the zip file'))
  const forbidden = [...files].filter(([path, data]) => isForbiddenFile(path, data)).map(([path]) => path)
  if (forbidden.length > 0)
    issues.push(
      issue(
        'unsupported_mime_type_detected',
        `Unsupported MIME type${forbidden.length === 1 ? '' : 's'} detected in ${forbidden.join(', ')}.`,
      ),
    )
  if (isSourceless && [...files.keys()].some((path) => /\.(js|html?|hdbs|css)$/i.test(path)))
    issues.push(
      issue(
        'no_source_required_apps',
        'Javascripts, stylesheets, and templates are not required for marketingOnly or requirementsOnly apps',
      ),
    )
  return [...issues, ...(isSourceless ? [] : checkImages(files))]
}
