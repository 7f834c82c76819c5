import { readZip, type ZipEntry } from './read-zip.ts'
import { parseStrictJson } from './strict-json.ts'
import { validateFiles } from './validate-files.ts'
import { validateManifest } from './validate-manifest.ts'
import { validateRequirements } from './validate-requirements.ts'
import { validateTranslations } from './validate-translations.ts'
import { issue, isRecord, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

/** Errors block an upload; warnings are what Zendesk reports but accepts. */
export type ValidationReport = { errors: ValidationIssue[]; warnings: ValidationIssue[] }

const MAX_SHORT_DESCRIPTION = 80
const TOKEN_LIKE = /token|key|pwd|password|secret/i

const collectWarnings = (manifest: Record<string, unknown>, files: PackageFiles): ValidationIssue[] => {
  const warnings: ValidationIssue[] = []
  const parameters = (Array.isArray(manifest.parameters) ? manifest.parameters : []).filter(isRecord)
  for (const parameter of parameters) {
    const name = String(parameter.name)
    if (parameter.secure !== true && (parameter.type ?? 'text') === 'text' && TOKEN_LIKE.test(name))
      warnings.push(
        issue(
          'translation.insecure_token_parameter_in_manifest',
          `Make sure to set secure to true for ${name}.`,
        ),
      )
    if ((parameter.secure === true || parameter.type === 'hidden') && parameter.default !== undefined)
      warnings.push(
        issue(
          'translation.default_secure_or_hidden_parameter_in_manifest',
          `Default values for secure or hidden parameters are not stored securely (${name}).`,
        ),
      )
    if (parameter.secure === true && parameter.scopes === undefined)
      warnings.push(
        issue('secure_parameter_without_scopes', `Secure parameter ${name} does not limit its scopes.`),
      )
  }
  const en = files.get('translations/en.json')
  const parsed = en ? parseStrictJson(new TextDecoder().decode(en)) : undefined
  const app = parsed?.ok && isRecord(parsed.value) && isRecord(parsed.value.app) ? parsed.value.app : {}
  if (typeof app.short_description === 'string' && app.short_description.length > MAX_SHORT_DESCRIPTION)
    warnings.push(
      issue(
        'short_description_too_long',
        `app.short_description is longer than ${MAX_SHORT_DESCRIPTION} characters.`,
      ),
    )
  return warnings
}

const validateManifestFile = (files: PackageFiles): ValidationReport => {
  const manifestBytes = files.get('manifest.json')
  if (!manifestBytes) {
    const nested = [...files.keys()].find((path) => /^[^/]+\/manifest\.json$/.test(path))
    return {
      errors: [
        nested
          ? issue(
              'nested_manifest',
              `Could not find manifest.json in the root of the zip file, but ${nested} was found. Try re-creating the archive from this directory.`,
            )
          : issue('missing_manifest', 'Could not find manifest.json'),
      ],
      warnings: [],
    }
  }
  const parsed = parseStrictJson(new TextDecoder().decode(manifestBytes))
  if (!parsed.ok)
    return {
      errors: [issue('manifest_not_json', `manifest is not proper JSON. ${parsed.error}`)],
      warnings: [],
    }
  if (parsed.duplicateKeys.length > 0)
    return {
      errors: [
        issue(
          'duplicate_manifest_keys',
          `Duplicate keys are specified in the manifest.json file. ${parsed.duplicateKeys.join(', ')}`,
        ),
      ],
      warnings: [],
    }
  if (!isRecord(parsed.value))
    return {
      errors: [issue('manifest_not_json', 'manifest is not proper JSON. Expected an object')],
      warnings: [],
    }
  const manifest = parsed.value
  const requirements = files.get('requirements.json')
  return {
    errors: [
      ...validateManifest(manifest, files),
      ...validateTranslations(manifest, files),
      ...(requirements ? validateRequirements(new TextDecoder().decode(requirements), manifest) : []),
    ],
    warnings: collectWarnings(manifest, files),
  }
}

/** Validates a Zendesk app zip against the rules Zendesk applies at upload (zendesk_apps_support). */
export const validatePackage = (zip: Uint8Array): ValidationReport => {
  let entries: ZipEntry[]
  try {
    entries = readZip(zip)
  } catch (error) {
    return {
      errors: [issue('invalid_zip', error instanceof Error ? error.message : String(error))],
      warnings: [],
    }
  }
  const files: PackageFiles = new Map(
    entries.filter((entry) => !entry.isDirectory).map((entry) => [entry.path, entry.data]),
  )
  const report = validateManifestFile(files)
  const manifestBytes = files.get('manifest.json')
  const manifest = manifestBytes ? parseStrictJson(new TextDecoder().decode(manifestBytes)) : undefined
  const value = manifest?.ok && isRecord(manifest.value) ? manifest.value : {}
  const isSourceless = value.requirementsOnly === true || value.marketingOnly === true
  return {
    errors: [...validateFiles(entries, files, isSourceless), ...report.errors],
    warnings: report.warnings,
  }
}
