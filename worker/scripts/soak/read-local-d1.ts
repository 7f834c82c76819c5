import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from '../../../scripts/dev/dev-secrets.ts'
import { WRANGLER_BIN } from '../../../scripts/dev/wrangler.ts'

const run = promisify(execFile)

/** Runs one read-only query on the local D1 under `persistDir` (with the Worker stopped) and returns its rows. */
export const readLocalD1 = async <Row>(persistDir: string, sql: string): Promise<Row[]> => {
  const { stdout } = await run(
    WRANGLER_BIN,
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, '--json', '--command', sql],
    {
      cwd: join(REPO_ROOT, 'worker'),
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  const [result] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ results: Row[] }>
  return result?.results ?? []
}
