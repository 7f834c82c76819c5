// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { encode } from './package-fixture.ts'
import { validateLint } from './validate-lint.ts'

const lint = (code: string, path = 'app/scripts/app.js') => validateLint(new Map([[path, encode(code)]]))
const errorCodes = (code: string): string[] => lint(code).errors.map((error) => error.code)
// Indented lines make a file count as source, not minified.
const source = (body: string): string => `function run() {\n  ${body}\n}\nrun()\n`

describe('validateLint', () => {
  it.each([
    ['eval', source('eval("1")'), 'lint_no-eval'],
    ['alert', source('alert("hi")'), 'lint_no-alert'],
    ['debugger', source('debugger'), 'lint_no-debugger'],
    ['unreachable code', source('return 1\n  run()'), 'lint_no-unreachable'],
    ['new Function', source('return new Function("return 1")'), 'lint_no-new-func'],
    ['an unused variable in source', source('var unused = 1'), 'lint_no-unused-vars'],
    ['an empty function in source', source('run(function () {})'), 'lint_no-empty-function'],
    ['syntax newer than ES2017', source('var a = {}\n  return a?.b'), 'lint_parse_error'],
  ])('rejects %s', (_name, code, expected) => {
    expect(errorCodes(code)).toEqual([expected])
  })

  it('skips the source-only rules in a minified file', () => {
    expect(errorCodes('var unused=1;function f(){}\n')).toEqual([])
    expect(errorCodes('eval("1")\n')).toEqual(['lint_no-eval'])
  })

  it('reports where the problem is', () => {
    expect(lint(source('alert(1)')).errors[0]?.message).toBe('app/scripts/app.js:2:3 Unexpected alert.')
  })

  it('warns on complexity and ignores files outside app/', () => {
    const branches = Array.from({ length: 8 }, (_, index) => `if (x === ${index}) return ${index}`).join(
      '\n  ',
    )
    const report = lint(`function pick(x) {\n  ${branches}\n}\npick(1)\n`)
    expect(report.errors).toEqual([])
    expect(report.warnings.map((warning) => warning.code)).toEqual(['lint_complexity'])
    expect(lint('eval("1")', 'config/assets/iparams.js').errors).toEqual([])
  })
})
