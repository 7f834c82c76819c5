import { issue, isRecord, show, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

/** Location names per product. Support's list is from `location.rb`; chat and sell are a best effort. */
export const LOCATIONS: Record<string, readonly string[]> = {
  support: [
    'top_bar',
    'nav_bar',
    'ticket_sidebar',
    'new_ticket_sidebar',
    'user_sidebar',
    'organization_sidebar',
    'background',
    'modal',
    'ticket_editor',
    'system_top_bar',
    'custom_object_record_sidebar',
  ],
  chat: ['chat_sidebar', 'background'],
  sell: [
    'top_bar',
    'background',
    'deal_card',
    'lead_card',
    'person_card',
    'company_card',
    'note_editor',
    'modal',
  ],
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

const checkUrl = (url: string, files: PackageFiles): ValidationIssue | undefined => {
  if (url.includes('{{setting.')) return undefined
  const invalid = issue(
    'invalid_location_uri',
    `${url} is either an invalid location URI, refers to a missing asset, or does not use HTTPS.`,
  )
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    try {
      const parsed = new URL(url)
      return parsed.protocol === 'https:' || parsed.hostname === 'localhost' ? undefined : invalid
    } catch {
      return invalid
    }
  }
  const path = url.split(/[?#]/)[0] ?? ''
  return path.startsWith('assets/') && files.has(path) ? undefined : invalid
}

const checkOptions = (name: string, options: unknown, files: PackageFiles): ValidationIssue[] => {
  const record = isRecord(options) ? options : { url: options }
  const issues: ValidationIssue[] = []
  const url = record.url
  if (typeof url === 'string' && url !== '') {
    const invalid = checkUrl(url, files)
    if (invalid) issues.push(invalid)
  } else if (record.autoLoad !== false) {
    issues.push(issue('blank_location_uri', `${name} location does not specify a URI.`))
  }
  if (record.flexible !== undefined && typeof record.flexible !== 'boolean')
    issues.push(
      issue(
        'invalid_location_flexible_type',
        `${show(record.flexible)} is an invalid type for the flexible location parameter.`,
      ),
    )
  for (const flag of ['autoLoad', 'autoHide', 'signed'] as const) {
    if (record[flag] !== undefined && typeof record[flag] !== 'boolean')
      issues.push(
        issue(
          'unacceptable_boolean',
          `${name}.${flag} must be a boolean value, got "${show(record[flag])}".`,
        ),
      )
  }
  return issues
}

/** Checks `location`: known products (hosts) and locations, URLs inside the package or HTTPS, flags. */
export const validateLocations = (location: unknown, files: PackageFiles): ValidationIssue[] => {
  if (!isRecord(location) || Object.keys(location).length === 0)
    return [issue('manifest_keys.missing', 'Missing required field in manifest: location')]
  const issues: ValidationIssue[] = []
  for (const [product, locations] of Object.entries(location)) {
    const known = LOCATIONS[product]
    if (!known) {
      issues.push(issue('invalid_host', `${product} is an invalid host for apps.`))
      continue
    }
    if (!isRecord(locations)) {
      issues.push(issue('manifest_keys.missing', `Missing required field in manifest: location.${product}`))
      continue
    }
    const unknown = Object.keys(locations).filter((name) => !known.includes(name))
    if (unknown.length > 0)
      issues.push(
        issue(
          'invalid_location',
          `${unknown.join(', ')} ${unknown.length === 1 ? 'is an invalid location' : 'are invalid locations'} in ${capitalize(product)}.`,
        ),
      )
    for (const [name, options] of Object.entries(locations)) {
      if (known.includes(name)) issues.push(...checkOptions(name, options, files))
    }
  }
  return issues
}
