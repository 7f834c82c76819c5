import { globSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/** A regular expression written in the source: its file, line, pattern and flags. */
export type RegexSite = { file: string; line: number; source: string; flags: string }

/** What one scan of the sources found: literal patterns, and files that build patterns at run time. */
export type RegexScan = { literals: RegexSite[]; dynamicFiles: string[] }

/** Every non-test TypeScript source file under `dirs` (relative to `root`). */
export const listSources = (root: string, dirs: readonly string[]): string[] =>
  dirs
    .flatMap((dir) => globSync(`${dir}/**/*.ts`, { cwd: root }))
    .filter((file) => !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .sort()

/** Finds every regex literal and every `new RegExp(…)`/`RegExp(…)` call in the given files. */
export const findRegexes = (root: string, files: readonly string[]): RegexScan => {
  const literals: RegexSite[] = []
  const dynamicFiles = new Set<string>()
  for (const file of files) {
    const path = join(root, file)
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const end = text.lastIndexOf('/')
        literals.push({
          file: relative(root, path),
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          source: text.slice(1, end),
          flags: text.slice(end + 1),
        })
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      )
        dynamicFiles.add(file)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { literals, dynamicFiles: [...dynamicFiles] }
}
