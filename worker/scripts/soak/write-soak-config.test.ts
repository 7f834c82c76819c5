import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SOAK_BATCH_SIZE, SOAK_REGISTRATIONS_PER_MINUTE, writeSoakConfig } from './write-soak-config.ts'

type Written = {
  main: string
  assets?: { directory: string }
  d1_databases: Array<{ migrations_dir?: string }>
  queues: { consumers: Array<{ queue: string; max_batch_size?: number }> }
  ratelimits: Array<{ name: string; simple: { limit: number } }>
}

describe('writeSoakConfig', () => {
  it('writes the Worker’s configuration elsewhere with every path absolute and larger job batches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskmate-soak-config-'))
    const config = JSON.parse(readFileSync(writeSoakConfig(dir), 'utf8')) as Written
    expect(isAbsolute(config.main)).toBe(true)
    expect(config.assets && isAbsolute(config.assets.directory)).toBe(true)
    expect(config.assets?.directory).toMatch(/dist[/\\]console$/)
    for (const db of config.d1_databases)
      if (db.migrations_dir) expect(isAbsolute(db.migrations_dir)).toBe(true)
    const jobs = config.queues.consumers.find((c) => c.queue === 'deskmate-jobs')
    expect(jobs?.max_batch_size).toBe(SOAK_BATCH_SIZE)
    // Every account registers from 127.0.0.1: the per-address registration limit must not stop the set-up.
    const registration = config.ratelimits.find((r) => r.name === 'REGISTRATION_RATE_LIMIT')
    expect(registration?.simple.limit).toBe(SOAK_REGISTRATIONS_PER_MINUTE)
  })
})
