/** One problem found in a package; `code` names the FDK rule it breaks. */
export type ValidationIssue = { code: string; message: string }

/** Errors block `fdk pack` and submission; warnings are what FDK reports but accepts. */
export type ValidationReport = { errors: ValidationIssue[]; warnings: ValidationIssue[] }

/** The zip's files by path (forward slashes, relative to the package root). */
export type PackageFiles = Map<string, Uint8Array>

export const issue = (code: string, message: string): ValidationIssue => ({ code, message })

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Parses a JSON file of the package; undefined when it is absent, an issue when it does not parse. */
export const readJson = (
  files: PackageFiles,
  path: string,
): { value: unknown } | { error: ValidationIssue } | undefined => {
  const bytes = files.get(path)
  if (!bytes) return undefined
  try {
    return { value: JSON.parse(new TextDecoder().decode(bytes)) as unknown }
  } catch (error) {
    return { error: issue('invalid_json', `${path} is not valid JSON: ${(error as Error).message}`) }
  }
}
