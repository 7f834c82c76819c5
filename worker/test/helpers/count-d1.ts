/**
 * Counts D1 round trips (every statement run on its own and every batch, one each) and the statements they
 * carry (a batch of three is three).
 */
export type D1Counter = { db: D1Database; calls: () => number; statements: () => number; reset: () => void }

const STATEMENT_METHODS = ['first', 'all', 'run', 'raw'] as const

/**
 * Wraps a D1 binding so that each round trip it makes is counted. Statements are counted through their
 * prototype (a batch needs the real statement objects), so only one counter may be active at a time: call
 * `restore` when done.
 */
export const countD1 = (db: D1Database): D1Counter & { restore: () => void } => {
  let calls = 0
  let statements = 0
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>
  const originals = STATEMENT_METHODS.map((name) => [name, proto[name]] as const)
  for (const [name, original] of originals) {
    proto[name] = function counted(this: unknown, ...args: unknown[]) {
      calls++
      statements++
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    }
  }
  const counted = new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch')
        return (batch: D1PreparedStatement[]) => {
          calls++
          statements += batch.length
          return target.batch(batch)
        }
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
  return {
    db: counted,
    calls: () => calls,
    statements: () => statements,
    reset: () => {
      calls = 0
      statements = 0
    },
    restore: () => {
      for (const [name, original] of originals) proto[name] = original
    },
  }
}
