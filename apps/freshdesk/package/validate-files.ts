import { issue, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

const MAX_ZIP_BYTES = 5 * 1024 * 1024
const MAX_APP_FILE_BYTES = 2 * 1024 * 1024
const TOP_LEVEL =
  /^(app\/|config\/|server\/|src\/|manifest\.json$|actions\.json$|README\.md$|\.report\.json$|digest\.md5$)/
const CONFIG_ENTRY =
  /^config\/(iparams\.json|iparams\.html|oauth_config\.json|entities\.json|requests\.json|assets\/.+)$/

/** FDK's structure rules: what may sit at the root and in config/, app/ present, file and zip sizes. */
export const validateFiles = (files: PackageFiles, zipBytes: number): ValidationIssue[] => {
  const errors: ValidationIssue[] = []
  const paths = [...files.keys()]
  if (zipBytes > MAX_ZIP_BYTES)
    errors.push(issue('zip_too_large', `The package is ${zipBytes} bytes; the limit is ${MAX_ZIP_BYTES}.`))
  if (!paths.some((path) => path.startsWith('app/')))
    errors.push(issue('missing_app_folder', 'The app/ folder is mandatory for an app with a frontend.'))
  for (const path of paths) {
    if (!TOP_LEVEL.test(path))
      errors.push(
        issue('unexpected_file', `${path} is not part of an FDK package (app/, config/, manifest.json…).`),
      )
    else if (path.startsWith('config/') && !CONFIG_ENTRY.test(path))
      errors.push(
        issue(
          'unexpected_config_file',
          `${path} is not allowed in config/ (only iparams.json, iparams.html, oauth_config.json, entities.json, requests.json, assets/).`,
        ),
      )
    const size = files.get(path)?.length ?? 0
    if (/^app\/[^/]+$/.test(path) && size > MAX_APP_FILE_BYTES)
      errors.push(issue('app_file_too_large', `${path} is ${size} bytes; files in app/ may be at most 2 MB.`))
  }
  return errors
}
