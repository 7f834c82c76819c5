import { env } from 'cloudflare:test'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { countD1 } from '../../test/helpers/count-d1.ts'
import { groupCommitD1 } from './d1-group-commit.ts'

const insert = (db: D1Database, key: string, value: number) =>
  db.prepare('INSERT INTO group_commit_probe (key, value) VALUES (?, ?) RETURNING value').bind(key, value)

const stored = async (key: string) =>
  (
    await env.DB.prepare('SELECT value FROM group_commit_probe WHERE key = ?')
      .bind(key)
      .first<{ value: number }>()
  )?.value ?? null

describe('groupCommitD1', () => {
  let counter: ReturnType<typeof countD1> | null = null
  beforeAll(async () => {
    await env.DB.exec('CREATE TABLE IF NOT EXISTS group_commit_probe (key TEXT PRIMARY KEY, value INTEGER)')
  })
  afterEach(() => counter?.restore())

  it('sends batches asked for together as one round trip, each caller getting its own results', async () => {
    counter = countD1(env.DB)
    const db = groupCommitD1(counter.db)
    const results = await Promise.all(
      [1, 2, 3].map((n) => db.batch([insert(db, `same-${n}`, n), insert(db, `same-${n}b`, n * 10)])),
    )
    expect(results.map((r) => r.map((one) => one.results))).toEqual([
      [[{ value: 1 }], [{ value: 10 }]],
      [[{ value: 2 }], [{ value: 20 }]],
      [[{ value: 3 }], [{ value: 30 }]],
    ])
    expect(counter.calls()).toBe(1)
    expect(db.stats()).toEqual({ roundTrips: 1, batches: 3 })
  })

  it('sends the batches asked for while the round trips allowed are in flight together in the next one', async () => {
    counter = countD1(env.DB)
    const db = groupCommitD1(counter.db, 1)
    const first = db.batch([insert(db, 'next-1', 1)])
    await new Promise((resolve) => setTimeout(resolve, 0))
    const later = [2, 3, 4].map((n) => db.batch([insert(db, `next-${n}`, n)]))
    await Promise.all([first, ...later])
    expect(counter.calls()).toBe(2)
    expect(await stored('next-4')).toBe(4)
  })

  it('lets statements run alone (first, run, all) join the same round trip', async () => {
    counter = countD1(env.DB)
    const db = groupCommitD1(counter.db)
    const [first, run, all] = await Promise.all([
      insert(db, 'single-1', 1).first<{ value: number }>(),
      insert(db, 'single-2', 2).run(),
      db.prepare('SELECT value FROM group_commit_probe WHERE key = ?').bind('single-1').all(),
    ])
    expect(first).toEqual({ value: 1 })
    expect(run.success).toBe(true)
    expect(all.results).toEqual([{ value: 1 }])
    expect(await insert(db, 'single-3', 3).first('value')).toBe(3)
    expect(counter.calls()).toBe(2)
  })

  it('fails only the caller whose statement fails, and writes the others', async () => {
    await env.DB.batch([insert(env.DB, 'taken', 0)])
    const db = groupCommitD1(env.DB)
    const [good, bad, other] = await Promise.allSettled([
      db.batch([insert(db, 'alone-1', 1)]),
      db.batch([insert(db, 'alone-2', 2), insert(db, 'taken', 2)]),
      db.batch([insert(db, 'alone-3', 3)]),
    ])
    expect(good.status).toBe('fulfilled')
    expect(bad.status).toBe('rejected')
    expect(other.status).toBe('fulfilled')
    expect([await stored('alone-1'), await stored('alone-2'), await stored('alone-3')]).toEqual([1, null, 3])
    expect(await stored('taken')).toBe(0)
  })

  it('sends nothing twice when a combined batch fails for another reason than a statement', async () => {
    let sent = 0
    const lost = {
      prepare: (query: string) => env.DB.prepare(query),
      batch: async () => {
        sent++
        throw new Error('D1_ERROR: Network connection lost.')
      },
    } as unknown as D1Database
    const db = groupCommitD1(lost)
    const outcomes = await Promise.allSettled([
      db.batch([insert(db, 'lost-1', 1)]),
      db.batch([insert(db, 'lost-2', 2)]),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected'])
    expect(sent).toBe(1)
  })
})
