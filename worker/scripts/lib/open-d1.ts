import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Miniflare, convertV4MiniflareOptions } from 'miniflare'

/** Splits a migration into statements (keeps CREATE TRIGGER … END; blocks whole). */
export const splitSqlStatements = (sql: string): string[] => {
  const lines = sql.split('\n').filter((line) => !line.trim().startsWith('--'))
  const statements: string[] = []
  let current: string[] = []
  for (const line of lines) {
    current.push(line)
    const text = current.join('\n').trim()
    const isTrigger = /^CREATE\s+(TEMP\w*\s+)?TRIGGER/i.test(text)
    const isComplete = isTrigger ? /\bEND\s*;\s*$/i.test(text) : /;\s*$/.test(line)
    if (isComplete) {
      statements.push(text)
      current = []
    }
  }
  const rest = current.join('\n').trim()
  if (rest.length > 0) statements.push(rest)
  return statements
}

/** Starts workerd through Miniflare with a fresh in-memory D1 and every migration in `migrationsDir` applied. */
export const openD1 = async (
  migrationsDir: string,
): Promise<{ db: D1Database; dispose: () => Promise<void> }> => {
  // Miniflare 5 takes the v4-style single-worker options through its converter.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      script: 'export default {}',
      compatibilityDate: '2026-08-01',
      d1Databases: ['DB'],
    }),
  )
  const db = (await mf.getD1Database('DB')) as unknown as D1Database
  const files = readdirSync(migrationsDir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
  for (const file of files) {
    const statements = splitSqlStatements(readFileSync(join(migrationsDir, file), 'utf8'))
    if (statements.length > 0) await db.batch(statements.map((statement) => db.prepare(statement)))
  }
  return { db, dispose: () => mf.dispose() }
}
