import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, ensureDevSecrets } from '../../../scripts/dev/dev-secrets.ts'

const WORKER_DIR = join(REPO_ROOT, 'worker')

/** Local consumers take batches one at a time: a batch this large lets jobs run side by side, as in production. */
export const SOAK_BATCH_SIZE = 100

type QueueConsumer = { queue: string; max_batch_size?: number }
type WranglerConfig = {
  $schema?: string
  main: string
  assets?: { directory: string }
  d1_databases: Array<{ migrations_dir?: string }>
  queues: { consumers: QueueConsumer[] }
  ratelimits?: Array<{ name: string; simple: { limit: number; period: number } }>
}

/** Registrations a minute the soak allows: its admins all register from 127.0.0.1, where each has its own address. */
export const SOAK_REGISTRATIONS_PER_MINUTE = 1000

// wrangler.jsonc has whole-line comments and trailing commas only.
const parseJsonc = (text: string): unknown =>
  JSON.parse(
    text
      .split('\n')
      .filter((line) => !/^\s*\/\//.test(line))
      .join('\n')
      .replace(/,(\s*[}\]])/g, '$1'),
  )

/**
 * Writes a copy of worker/wrangler.jsonc into `dir` for the soak (with the Worker's .dev.vars beside it): the
 * same Worker, bindings and vars, paths made absolute, and the jobs queue consumed `SOAK_BATCH_SIZE` at a
 * time. Production's consumers run concurrently; `wrangler dev` runs one batch at a time, so with ten per
 * batch one slow helpdesk call would hold every other job back. Returns the config's path.
 */
export const writeSoakConfig = (dir: string): string => {
  const config = parseJsonc(readFileSync(join(WORKER_DIR, 'wrangler.jsonc'), 'utf8')) as WranglerConfig
  delete config.$schema
  config.main = join(WORKER_DIR, config.main)
  if (config.assets) config.assets.directory = join(WORKER_DIR, config.assets.directory)
  for (const db of config.d1_databases)
    if (db.migrations_dir) db.migrations_dir = join(WORKER_DIR, db.migrations_dir)
  const jobs = config.queues.consumers.find((c) => c.queue === 'deskmate-jobs')
  if (!jobs) throw new Error('wrangler.jsonc has no consumer for deskmate-jobs')
  jobs.max_batch_size = SOAK_BATCH_SIZE
  const registration = config.ratelimits?.find((r) => r.name === 'REGISTRATION_RATE_LIMIT')
  if (registration) registration.simple.limit = SOAK_REGISTRATIONS_PER_MINUTE
  const path = join(dir, 'wrangler.soak.json')
  writeFileSync(path, JSON.stringify(config, null, 2))
  // wrangler reads .dev.vars beside the config: the same ENCRYPTION_KEY as the local stack's tenants.
  ensureDevSecrets()
  copyFileSync(join(WORKER_DIR, '.dev.vars'), join(dir, '.dev.vars'))
  return path
}
