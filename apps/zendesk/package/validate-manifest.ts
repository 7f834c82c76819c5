import { validateLocations } from './validate-locations.ts'
import { validateParameters } from './validate-parameters.ts'
import { issue, isRecord, show, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

/** Locale names the gem accepts (`Translations::VALID_LOCALE`). */
export const VALID_LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/

const BOOLEAN_KEYS = ['requirementsOnly', 'marketingOnly', 'singleInstall', 'signedUrls', 'private'] as const
const STRING_KEYS = [
  'defaultLocale',
  'version',
  'frameworkVersion',
  'remoteInstallationURL',
  'termsConditionsURL',
  'gaID',
] as const
const ALLOWED_EXPERIMENTS = ['hashParams', 'newCssCompiler'] as const
const FRAMEWORK_VERSIONS = ['2.0'] as const

const missingKeys = (keys: string[]): ValidationIssue =>
  issue(
    'manifest_keys.missing',
    `Missing required field${keys.length === 1 ? '' : 's'} in manifest: ${keys.join(', ')}`,
  )

const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

const typeChecks = (manifest: Record<string, unknown>): ValidationIssue[] => {
  const issues: ValidationIssue[] = []
  for (const key of BOOLEAN_KEYS) {
    if (key in manifest && typeof manifest[key] !== 'boolean')
      issues.push(
        issue('unacceptable_boolean', `${key} must be a boolean value, got "${show(manifest[key])}".`),
      )
  }
  const author = isRecord(manifest.author) ? manifest.author : {}
  const strings: [string, unknown][] = [
    ...STRING_KEYS.map((key): [string, unknown] => [key, manifest[key]]),
    ...['name', 'email', 'url'].map((key): [string, unknown] => [`author ${key}`, author[key]]),
  ]
  for (const [label, value] of strings) {
    if (value !== undefined && typeof value !== 'string')
      issues.push(issue('unacceptable_string', `${label} must be a string, got "${show(value)}".`))
  }
  if (manifest.author !== undefined && !isRecord(manifest.author))
    issues.push(
      issue('unacceptable_hash', `The manifest field author needs to be key-value pairs with string keys`),
    )
  const whitelist = manifest.domainWhitelist
  if (
    whitelist !== undefined &&
    !(Array.isArray(whitelist) && whitelist.every((entry) => typeof entry === 'string'))
  )
    issues.push(
      issue(
        'unacceptable_array_of_strings',
        'The manifest field domainWhitelist need to be an array containing strings',
      ),
    )
  if (manifest.experiments !== undefined) {
    if (!isRecord(manifest.experiments))
      issues.push(
        issue(
          'unacceptable_hash',
          `The manifest field experiments needs to be key-value pairs with string keys, but it was ${show(manifest.experiments)}`,
        ),
      )
    else
      for (const experiment of Object.keys(manifest.experiments)) {
        if (!(ALLOWED_EXPERIMENTS as readonly string[]).includes(experiment))
          issues.push(
            issue(
              'invalid_experiment',
              `Manifest specifies unknown or unavailable experiment: ${experiment}`,
            ),
          )
      }
  }
  return issues
}

const urlChecks = (manifest: Record<string, unknown>): ValidationIssue[] => {
  const issues: ValidationIssue[] = []
  if (manifest.termsConditionsURL !== undefined && !isHttpUrl(manifest.termsConditionsURL))
    issues.push(
      issue(
        'invalid_url',
        `terms_conditions_url must be a valid URL, got "${show(manifest.termsConditionsURL)}".`,
      ),
    )
  if (isRecord(manifest.author) && !isHttpUrl(manifest.author.url))
    issues.push(
      issue('invalid_url', `author url must be a valid URL, got "${show(manifest.author.url ?? '')}".`),
    )
  return issues
}

const localeChecks = (manifest: Record<string, unknown>, files: PackageFiles): ValidationIssue[] => {
  const locale = manifest.defaultLocale
  if (typeof locale !== 'string') return []
  if (!VALID_LOCALE.test(locale))
    return [issue('invalid_default_locale', `${locale} is not a valid default locale.`)]
  if (!files.has(`translations/${locale}.json`))
    return [issue('missing_translation_file', `Missing translation file for locale '${locale}'.`)]
  return []
}

const frameworkChecks = (manifest: Record<string, unknown>, files: PackageFiles): ValidationIssue[] => {
  if (manifest.requirementsOnly === true || manifest.marketingOnly === true) {
    const issues: ValidationIssue[] = []
    if (manifest.location !== undefined)
      issues.push(
        issue('no_location_required', "Locations can't be defined when you specify requirements only"),
      )
    if (manifest.frameworkVersion !== undefined)
      issues.push(
        issue(
          'no_framework_version_required',
          "Framework versions can't be set when you specify requirements only",
        ),
      )
    return issues
  }
  const issues = validateLocations(manifest.location, files)
  const version = manifest.frameworkVersion
  if (version === undefined) issues.push(missingKeys(['frameworkVersion']))
  else if (!(FRAMEWORK_VERSIONS as readonly unknown[]).includes(version))
    issues.push(
      issue(
        'invalid_version',
        `${show(version)} is not a valid framework version. Available versions are: ${FRAMEWORK_VERSIONS.join(', ')}.`,
      ),
    )
  if (manifest.noTemplate !== undefined)
    issues.push(
      issue(
        'no_template_deprecated_in_v2',
        'noTemplate is deprecated and cannot be used with framework version 2.',
      ),
    )
  return issues
}

/** Checks a parsed manifest.json against every rule the gem applies to it. */
export const validateManifest = (
  manifest: Record<string, unknown>,
  files: PackageFiles,
): ValidationIssue[] => {
  const missing = ['author', 'defaultLocale'].filter(
    (key) => manifest[key] === undefined || manifest[key] === null,
  )
  return [
    ...(missing.length > 0 ? [missingKeys(missing)] : []),
    ...typeChecks(manifest),
    ...urlChecks(manifest),
    ...localeChecks(manifest, files),
    ...validateParameters(manifest),
    ...frameworkChecks(manifest, files),
  ]
}
