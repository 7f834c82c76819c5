// Self-contained (no imports): the bench transpiles this file and runs it inside workerd in front of the Worker.

const INNER = Symbol('inner statement')

type Counted = D1PreparedStatement & { [INNER]: D1PreparedStatement }

const countStatement = (inner: D1PreparedStatement, tally: () => void): Counted => {
  const counted = {
    [INNER]: inner,
    bind: (...values: unknown[]) => countStatement(inner.bind(...values), tally),
    first: (column?: string) => {
      tally()
      return column === undefined ? inner.first() : inner.first(column)
    },
    all: () => {
      tally()
      return inner.all()
    },
    run: () => {
      tally()
      return inner.run()
    },
    raw: (options?: { columnNames?: boolean }) => {
      tally()
      return options?.columnNames ? inner.raw({ columnNames: true }) : inner.raw()
    },
  }
  return counted as unknown as Counted
}

const innerOf = (statement: D1PreparedStatement): D1PreparedStatement =>
  (statement as Partial<Counted>)[INNER] ?? statement

/**
 * Wraps a D1 binding so that every round trip to the database (a statement's first/all/run/raw, a batch, an
 * exec) calls `tally` once: a batch of ten statements is one round trip.
 * @example const db = countD1Calls(env.DB, () => calls++)
 */
export const countD1Calls = (db: D1Database, tally: () => void): D1Database => {
  const counted = {
    prepare: (query: string) => countStatement(db.prepare(query), tally),
    batch: <T = unknown>(statements: D1PreparedStatement[]) => {
      tally()
      return db.batch<T>(statements.map(innerOf))
    },
    exec: (query: string) => {
      tally()
      return db.exec(query)
    },
    dump: () => db.dump(),
    withSession: () => {
      throw new Error('countD1Calls does not wrap D1 sessions')
    },
  }
  return counted as unknown as D1Database
}
