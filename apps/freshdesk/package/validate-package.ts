import { unzipSync } from 'fflate'
import { validateFiles } from './validate-files.ts'
import { validateInvocations } from './validate-invocations.ts'
import { validateIparams } from './validate-iparams.ts'
import { validateLint } from './validate-lint.ts'
import { validateManifest } from './validate-manifest.ts'
import { validateRequests } from './validate-requests.ts'
import {
  isRecord,
  issue,
  readJson,
  type PackageFiles,
  type ValidationIssue,
  type ValidationReport,
} from './validation-issue.ts'

const readConfig = (files: PackageFiles, manifest: Record<string, unknown>): ValidationReport => {
  const errors: ValidationIssue[] = []
  const iparamsFile = readJson(files, 'config/iparams.json')
  if (iparamsFile && 'error' in iparamsFile) errors.push(iparamsFile.error)
  const iparamsValue = iparamsFile && 'value' in iparamsFile ? iparamsFile.value : {}
  const scripts = new TextDecoder().decode(files.get('config/assets/iparams.js') ?? new Uint8Array())
  const iparams = validateIparams(iparamsValue, scripts)
  const secureness = new Map(
    Object.entries(isRecord(iparamsValue) ? iparamsValue : {}).map(([name, spec]) => [
      name,
      isRecord(spec) && spec.secure === true,
    ]),
  )
  const common =
    isRecord(manifest.modules) && isRecord(manifest.modules.common) ? manifest.modules.common : {}
  const declared = Object.keys(isRecord(common.requests) ? common.requests : {})
  const requestsFile = readJson(files, 'config/requests.json')
  if (requestsFile && 'error' in requestsFile) errors.push(requestsFile.error)
  else if (requestsFile || declared.length > 0)
    errors.push(...validateRequests(requestsFile?.value ?? {}, declared, secureness))
  errors.push(...validateInvocations(files, declared))
  return { errors: [...errors, ...iparams.errors], warnings: iparams.warnings }
}

/** Validates a Freshdesk app zip offline against the FDK rules (`fdk validate` and `fdk pack`). */
export const validatePackage = (zip: Uint8Array): ValidationReport => {
  let files: PackageFiles
  try {
    files = new Map(Object.entries(unzipSync(zip)).filter(([path]) => !path.endsWith('/')))
  } catch (error) {
    return { errors: [issue('invalid_zip', `Not a zip archive: ${(error as Error).message}`)], warnings: [] }
  }
  const structure = validateFiles(files, zip.length)
  const manifestFile = readJson(files, 'manifest.json')
  if (!manifestFile)
    return {
      errors: [...structure, issue('missing_manifest', 'manifest.json is missing at the root of the zip.')],
      warnings: [],
    }
  if ('error' in manifestFile) return { errors: [...structure, manifestFile.error], warnings: [] }
  if (!isRecord(manifestFile.value))
    return { errors: [...structure, issue('invalid_json', 'manifest.json must be an object.')], warnings: [] }
  const config = readConfig(files, manifestFile.value)
  const lint = validateLint(files)
  return {
    errors: [...structure, ...validateManifest(manifestFile.value, files), ...config.errors, ...lint.errors],
    warnings: [...config.warnings, ...lint.warnings],
  }
}
