import { readPngSize, readSvgSize } from './png-size.ts'
import { isRecord, issue, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

const ICON_SIZE = 64
/** Locations FDK accepts per module (its product_locations list). */
export const ALLOWED_LOCATIONS: Record<string, string[]> = {
  common: ['full_page_app', 'cti_global_sidebar'],
  support_ticket: [
    'ticket_sidebar',
    'ticket_requester_info',
    'ticket_top_navigation',
    'ticket_background',
    'time_entry_background',
    'ticket_attachment',
    'ticket_conversation_editor',
    'new_ticket_requester_info',
    'new_ticket_background',
  ],
}

const checkIcon = (files: PackageFiles, where: string, icon: unknown): ValidationIssue[] => {
  if (typeof icon !== 'string' || icon === '')
    return [issue('missing_icon', `${where} needs an icon (a 64×64 image under app/).`)]
  const bytes = files.get(`app/${icon}`)
  if (!bytes) return [issue('icon_not_found', `${where}: icon app/${icon} does not exist.`)]
  const size = icon.toLowerCase().endsWith('.svg') ? readSvgSize(bytes) : readPngSize(bytes)
  if (!size) return [issue('icon_not_an_image', `${where}: icon app/${icon} is not a PNG or SVG image.`)]
  if (size.width !== ICON_SIZE || size.height !== ICON_SIZE)
    return [
      issue(
        'icon_wrong_size',
        `${where}: icon app/${icon} is ${size.width}×${size.height}; it must be ${ICON_SIZE}×${ICON_SIZE}.`,
      ),
    ]
  return []
}

/** Each module's locations: known names, at least one, `url` naming a file under app/, a 64×64 icon. */
export const validateLocations = (module: string, value: Record<string, unknown>, files: PackageFiles) => {
  if (!('location' in value)) return []
  const location = value.location
  if (!isRecord(location) || Object.keys(location).length === 0)
    return [issue('empty_location', `modules.${module}.location must name at least one location.`)]
  const errors: ValidationIssue[] = []
  for (const [name, spec] of Object.entries(location)) {
    const where = `modules.${module}.location.${name}`
    if (!(ALLOWED_LOCATIONS[module] ?? []).includes(name)) {
      errors.push(issue('invalid_location', `Invalid location(s) mentioned in modules: ${where}.`))
      continue
    }
    const entry = isRecord(spec) ? spec : {}
    if (typeof entry.url !== 'string' || !files.has(`app/${entry.url}`))
      errors.push(issue('url_not_found', `${where}: url ${String(entry.url)} must name a file under app/.`))
    if (!name.endsWith('_background')) errors.push(...checkIcon(files, where, entry.icon))
  }
  return errors
}
