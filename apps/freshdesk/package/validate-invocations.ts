import { issue, type PackageFiles, type ValidationIssue } from './validation-issue.ts'

const INVOCATION = /invokeTemplate\(\s*(['"`])([^'"`]+)\1/g

/** Every `invokeTemplate('X')` in app/**.js must name a template declared in modules.common.requests. */
export const validateInvocations = (files: PackageFiles, declared: string[]): ValidationIssue[] => {
  const errors: ValidationIssue[] = []
  for (const [path, bytes] of files) {
    if (!/^app\/.+\.js$/.test(path)) continue
    for (const match of new TextDecoder().decode(bytes).matchAll(INVOCATION)) {
      const name = match[2] ?? ''
      if (!declared.includes(name))
        errors.push(
          issue(
            'template_not_declared',
            `${path}: request template '${name}' is not declared in modules.common.requests.`,
          ),
        )
    }
  }
  return errors
}
