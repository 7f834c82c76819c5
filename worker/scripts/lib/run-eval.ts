import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const EVAL = join(ROOT, 'worker', 'scripts', 'eval.ts')
const run = promisify(execFile)

/** Runs `npm run eval -- <args>` as a user would and parses its JSON lines. */
export const evaluate = async <Line = Record<string, unknown>>(...args: string[]): Promise<Line[]> => {
  const { stdout } = await run(TSX, [EVAL, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line)
}

/** Runs eval expecting it to fail: its exit code and what it wrote to stderr (code 0 when it did not fail). */
export const evaluateFailing = (...args: string[]): Promise<{ code: number; stderr: string }> =>
  run(TSX, [EVAL, ...args], { cwd: ROOT }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  )
