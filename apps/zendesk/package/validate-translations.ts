import { parseStrictJson } from './strict-json.ts'
import { LOCATIONS } from './validate-locations.ts'
import { VALID_LOCALE } from './validate-manifest.ts'
import { issue, isRecord, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

const MARKETPLACE_KEYS = [
  'name',
  'short_description',
  'long_description',
  'installation_instructions',
] as const

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

const readApp = (
  file: string,
  bytes: Uint8Array,
  issues: ValidationIssue[],
): Record<string, unknown> | undefined => {
  const parsed = parseStrictJson(decode(bytes))
  if (!parsed.ok) {
    issues.push(issue('translation.not_json', `${file} is not valid JSON. ${parsed.error}`))
    return undefined
  }
  if (!isRecord(parsed.value)) {
    issues.push(issue('translation.not_json_object', `${file} is not a JSON object.`))
    return undefined
  }
  return isRecord(parsed.value.app) ? parsed.value.app : {}
}

const parameterLabelIssues = (
  file: string,
  app: Record<string, unknown>,
  required: string[],
): ValidationIssue[] => {
  const parameters = isRecord(app.parameters) ? app.parameters : {}
  const names = new Set([...required, ...Object.keys(parameters)])
  return [...names].flatMap((name) => {
    const leaf = parameters[name]
    const label = isRecord(leaf) ? leaf.label : undefined
    return typeof label === 'string' && label.trim() !== ''
      ? []
      : [
          issue(
            'translation.missing_required_key_on_leaf',
            `Missing required key label on leaf ${name} from ${file}`,
          ),
        ]
  })
}

/**
 * Checks `translations/*.json`: valid locale names, JSON objects, a label for every parameter, the marketplace
 * keys in en.json for public apps, and per-product sub-keys matching the manifest's products.
 */
export const validateTranslations = (
  manifest: Record<string, unknown>,
  files: PackageFiles,
): ValidationIssue[] => {
  const issues: ValidationIssue[] = []
  const isPrivate = manifest.private !== false
  const defaultLocale = typeof manifest.defaultLocale === 'string' ? manifest.defaultLocale : 'en'
  const parameterNames = (Array.isArray(manifest.parameters) ? manifest.parameters : [])
    .filter(isRecord)
    .map((parameter) => String(parameter.name))
  const products = isRecord(manifest.location) ? Object.keys(manifest.location) : []
  for (const [path, bytes] of files) {
    const match = /^translations\/([^/]+)\.json$/.exec(path)
    if (!match?.[1]) continue
    const locale = match[1]
    if (!VALID_LOCALE.test(locale)) {
      issues.push(issue('translation.invalid_locale', `${path} is not a valid locale.`))
      continue
    }
    const app = readApp(path, bytes, issues)
    if (!app) continue
    const isDefault = locale === defaultLocale
    issues.push(...parameterLabelIssues(path, app, isDefault ? parameterNames : []))
    if (locale === 'en') {
      const required = isPrivate ? (['name'] as const) : MARKETPLACE_KEYS
      for (const key of required) {
        const value = key === 'short_description' ? (app.short_description ?? app.description) : app[key]
        if (typeof value !== 'string' || value.trim() === '')
          issues.push(
            issue('translation.missing_required_key', `Missing required key from ${path}: app.${key}`),
          )
      }
    }
    const translationProducts = Object.keys(app).filter((key) => key in LOCATIONS)
    if (translationProducts.length > 0 && translationProducts.sort().join() !== [...products].sort().join())
      issues.push(
        issue(
          'translation.products_do_not_match_manifest_products',
          `Products in manifest (${products.join(', ')}) do not match products in translations (${translationProducts.join(', ')})`,
        ),
      )
  }
  return issues
}
