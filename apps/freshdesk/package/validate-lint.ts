import { Linter } from 'eslint'
import { issue, type PackageFiles, type ValidationReport } from './validation-issue.ts'

// FDK lints app/**/*.js: these rules fail the package, the others only warn. Non-minified files also get
// no-empty-function and no-unused-vars as errors.
const ERROR_RULES = ['no-eval', 'no-alert', 'no-debugger', 'no-unreachable', 'no-implied-eval', 'no-new-func']
const SOURCE_ERROR_RULES = ['no-empty-function', 'no-unused-vars']
const WARNING_RULES: Linter.RulesRecord = {
  complexity: ['warn', 7],
  'max-nested-callbacks': ['warn', 4],
  'no-caller': 'warn',
}
// A file counts as minified when fewer than 20% of its lines are indented.
const MINIFIED_INDENTED_SHARE = 0.2
// The app's code must parse as ES2017 (FDK's parser; the sidebar build targets it).
const ECMA_VERSION = 2017

const isMinified = (code: string): boolean => {
  const lines = code.split('\n').filter((line) => line.trim() !== '')
  return lines.filter((line) => /^\s/.test(line)).length < lines.length * MINIFIED_INDENTED_SHARE
}

const rulesFor = (code: string): Linter.RulesRecord => {
  const errors = isMinified(code) ? ERROR_RULES : [...ERROR_RULES, ...SOURCE_ERROR_RULES]
  return { ...WARNING_RULES, ...Object.fromEntries(errors.map((rule) => [rule, 'error'])) }
}

/** Lints every app/**.js of the package with the FDK rules that apply to a frontend app. */
export const validateLint = (files: PackageFiles): ValidationReport => {
  const linter = new Linter({ configType: 'flat' })
  const report: ValidationReport = { errors: [], warnings: [] }
  for (const [path, bytes] of files) {
    if (!/^app\/.+\.js$/.test(path)) continue
    const code = new TextDecoder().decode(bytes)
    const sourceType = /^\s*(import|export)\b/m.test(code) ? 'module' : 'script'
    const messages = linter.verify(code, {
      languageOptions: { ecmaVersion: ECMA_VERSION, sourceType },
      rules: rulesFor(code),
    })
    for (const message of messages) {
      const found = issue(
        message.ruleId ? `lint_${message.ruleId}` : 'lint_parse_error',
        `${path}:${message.line}:${message.column} ${message.message}`,
      )
      report[message.severity === 2 ? 'errors' : 'warnings'].push(found)
    }
  }
  return report
}
