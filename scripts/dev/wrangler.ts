import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from './dev-secrets.ts'

/** The project's own wrangler binary (runs on the pinned Node through npm's PATH). */
export const WRANGLER_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'wrangler')
const WORKER_DIR = join(REPO_ROOT, 'worker')

/** Starts wrangler in the worker folder, forwarding its output line by line. */
export const spawnWrangler = (args: string[], log: (line: string) => void): ChildProcess => {
  const child = spawn(WRANGLER_BIN, args, {
    cwd: WORKER_DIR,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(log))
  }
  return child
}

/** Runs a wrangler command to completion; rejects with its output on failure. */
export const runWrangler = (args: string[], log: (line: string) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const lines: string[] = []
    const child = spawnWrangler(args, (line) => {
      lines.push(line)
      log(line)
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`wrangler ${args.join(' ')} failed (${code}):\n${lines.slice(-20).join('\n')}`)),
    )
  })

/** Polls a URL until it answers 200, or fails after `timeoutMs`. */
export const waitForHttp = async (url: string, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}
