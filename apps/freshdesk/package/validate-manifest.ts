import { ALLOWED_LOCATIONS, validateLocations } from './validate-locations.ts'
import { isRecord, issue, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

const PLATFORM_VERSION = '3.0'

const checkEngines = (engines: unknown): ValidationIssue[] =>
  isRecord(engines) && typeof engines.node === 'string' && typeof engines.fdk === 'string'
    ? []
    : [issue('missing_engines', 'manifest.json needs engines: {"node": "<version>", "fdk": "<version>"}.')]

/** manifest.json for platform 3.0: version, modules (common plus a product), locations, engines. */
export const validateManifest = (
  manifest: Record<string, unknown>,
  files: PackageFiles,
): ValidationIssue[] => {
  const errors: ValidationIssue[] = []
  if (manifest['platform-version'] !== PLATFORM_VERSION)
    errors.push(
      issue(
        'platform_version',
        `platform-version must be "${PLATFORM_VERSION}" (got ${JSON.stringify(manifest['platform-version'])}).`,
      ),
    )
  if ('product' in manifest)
    errors.push(issue('product_key', 'Platform 3.0 manifests declare modules, not product.'))
  errors.push(...checkEngines(manifest.engines))
  const modules = manifest.modules
  if (!isRecord(modules))
    return [...errors, issue('missing_modules', 'manifest.json needs a modules object.')]
  if (!isRecord(modules.common))
    errors.push(
      issue('missing_common_module', 'modules.common is required (it declares the request templates).'),
    )
  const products = Object.keys(modules).filter((name) => name !== 'common')
  if (products.length === 0)
    errors.push(issue('no_product_module', 'At least one module apart from common must be mentioned.'))
  for (const [name, value] of Object.entries(modules)) {
    if (name !== 'common' && !(name in ALLOWED_LOCATIONS))
      errors.push(issue('unknown_module', `modules.${name} is not a module this app can use.`))
    else if (isRecord(value)) errors.push(...validateLocations(name, value, files))
  }
  return errors
}
