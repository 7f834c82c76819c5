/** One caller's statements waiting for the next flush, with the promise it awaits. */
type Pending = {
  statements: D1PreparedStatement[]
  resolve: (results: D1Result[]) => void
  reject: (error: unknown) => void
}

const INNER = Symbol('D1 statement')

/** A statement of the group-committed binding: run alone, it joins the next flush as a batch of one. */
type GroupedStatement = D1PreparedStatement & { [INNER]: D1PreparedStatement }

const innerOf = (statement: D1PreparedStatement): D1PreparedStatement =>
  (statement as Partial<GroupedStatement>)[INNER] ?? statement

const groupedStatement = (
  inner: D1PreparedStatement,
  batch: (statements: D1PreparedStatement[]) => Promise<D1Result[]>,
): GroupedStatement => {
  const one = async (): Promise<D1Result> => (await batch([inner]))[0] as D1Result
  const statement = {
    [INNER]: inner,
    bind: (...values: unknown[]) => groupedStatement(inner.bind(...values), batch),
    first: async (column?: string) => {
      const row = ((await one()).results[0] as Record<string, unknown> | undefined) ?? null
      return column === undefined || row === null ? row : (row[column] ?? null)
    },
    all: one,
    run: one,
    // Rows as arrays are not what a batch returns: sent alone.
    raw: (options?: { columnNames?: boolean }) =>
      options?.columnNames ? inner.raw({ columnNames: true }) : inner.raw(),
  }
  return statement as unknown as GroupedStatement
}

/** True for an error SQLite raised on a statement (D1 passes its result code on), after which nothing was written. */
const isStatementError = (error: unknown): boolean =>
  error instanceof Error && /\bSQLITE_[A-Z]+/.test(`${error.message} ${String(error.cause ?? '')}`)

/**
 * D1 batches in flight at once. One would carry the most statements per round trip, but D1 would then wait idle
 * while the Worker is busy with the answer of one flush before sending the next; two keep it busy.
 */
export const GROUP_COMMIT_IN_FLIGHT = 2

/** Round trips made and batches carried, for tests and logs. */
export type GroupCommitStats = { roundTrips: number; batches: number }

/**
 * A D1 binding whose `batch` calls are group-committed: while `maxInFlight` D1 batches are in flight, the batches
 * that other concurrent operations ask for wait, and the next flush sends all of them as one D1 batch (one round trip, one
 * transaction), each caller receiving the results of its own statements. Every caller's statements stay together
 * and in order, and a caller waits for its own batch as before, so each operation sees exactly what it saw with
 * its own batch (D1 runs one statement at a time: the flush is one of the orders it could have run them in).
 *
 * When SQLite refuses a statement of a combined batch, each caller's batch is sent again on its own, so the
 * statement fails its own operation alone (a D1 batch is a transaction: nothing of the failed one was written).
 * Any other failure is every caller's: it may have happened after the commit, so nothing is sent twice.
 *
 * Only for operations that share one Worker invocation (the queue consumer's batch): Workers tie I/O to the
 * request that started it. A statement run alone (`first`, `run`, `all`) joins the next flush as a batch of one.
 * The queue consumer gets one per database through wrapTenantDatabases (tenant-database.ts).
 */
export const groupCommitD1 = (
  db: D1Database,
  maxInFlight = GROUP_COMMIT_IN_FLIGHT,
): D1Database & { stats: () => GroupCommitStats } => {
  let queued: Pending[] = []
  let inFlight = 0
  let scheduled = false
  const stats: GroupCommitStats = { roundTrips: 0, batches: 0 }

  const sendAlone = async (pending: Pending): Promise<void> => {
    stats.roundTrips++
    try {
      pending.resolve(await db.batch(pending.statements.map(innerOf)))
    } catch (error) {
      pending.reject(error)
    }
  }

  const flush = async (): Promise<void> => {
    scheduled = false
    if (inFlight >= maxInFlight || queued.length === 0) return
    const group = queued
    queued = []
    inFlight++
    try {
      if (group.length === 1) await sendAlone(group[0] as Pending)
      else {
        stats.roundTrips++
        let results: D1Result[] | null = null
        try {
          results = await db.batch(group.flatMap((pending) => pending.statements.map(innerOf)))
        } catch (error) {
          // A statement refused by SQLite rolled the whole transaction back: each batch again on its own, so only
          // the operation it belongs to fails. Any other failure (the connection, a timeout) may have committed:
          // nothing is sent twice, every operation gets the error.
          if (isStatementError(error)) await Promise.all(group.map(sendAlone))
          else for (const pending of group) pending.reject(error)
        }
        if (results) {
          let offset = 0
          for (const pending of group) {
            pending.resolve(results.slice(offset, offset + pending.statements.length))
            offset += pending.statements.length
          }
        }
      }
    } finally {
      inFlight--
      // What arrived during this round trip goes in the next one.
      if (queued.length > 0) void flush()
    }
  }

  const batch = <T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> => {
    if (statements.length === 0) return Promise.resolve([])
    stats.batches++
    return new Promise<D1Result<T>[]>((resolve, reject) => {
      queued.push({ statements, resolve: resolve as (results: D1Result[]) => void, reject })
      // Batches asked for in the same turn of the event loop (jobs that start together) share the first flush.
      if (inFlight < maxInFlight && !scheduled) {
        scheduled = true
        setTimeout(() => void flush(), 0)
      }
    })
  }

  return {
    prepare: (query: string) => groupedStatement(db.prepare(query), batch),
    batch,
    exec: (query: string) => db.exec(query),
    dump: () => db.dump(),
    withSession: (constraint?: string) => db.withSession(constraint),
    stats: () => ({ ...stats }),
  } as unknown as D1Database & { stats: () => GroupCommitStats }
}
