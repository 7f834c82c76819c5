/** One problem found in a package; `code` follows the Zendesk validator gem's error keys. */
export type ValidationIssue = { code: string; message: string }

/** What a package check needs: the parsed manifest (when readable) and the zip's files by path. */
export type PackageFiles = Map<string, Uint8Array>

export const issue = (code: string, message: string): ValidationIssue => ({ code, message })

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Ruby-style `inspect` of a value, as the gem prints it in messages. */
export const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value))
