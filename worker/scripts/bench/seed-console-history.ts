import type { BenchD1 } from './bench-d1.ts'

/** Rows one INSERT … SELECT writes (a recursive CTE counts them out inside SQLite). */
const ROWS_PER_STATEMENT = 100_000
const YEAR_SECONDS = 365 * 86_400

/** Outcomes in the proportions a busy account might see, by row number modulo 10. */
const DECISION_SQL = `CASE i % 10 WHEN 0 THEN 'auto_replied' WHEN 1 THEN 'auto_replied' WHEN 2 THEN 'auto_replied'
  WHEN 3 THEN 'auto_replied' WHEN 4 THEN 'draft_noted' WHEN 5 THEN 'draft_noted' WHEN 9 THEN 'skipped'
  ELSE 'escalated' END`
const REASONS_SQL = `CASE i % 10 WHEN 6 THEN '[{"code":"low_retrieval_confidence","message":""}]'
  WHEN 7 THEN '[{"code":"sensitive_legal_threat","message":""}]' WHEN 8 THEN '[{"code":"vip_requester","message":""}]'
  ELSE '[]' END`

/** Subjects of the gap tickets: a few topics no article covers, each worded several ways. */
const GAP_SUBJECTS = [
  'Carbon offset certificate for shipment',
  'Need the carbon offset certificate',
  'Pallet size limits for freight',
  'Maximum pallet size accepted',
  'Customs form for Norway',
  'Which customs form do I need for Norway',
  'Invoice in Japanese yen',
  'Can you invoice in yen',
]

/**
 * Writes `rows` audited decisions for a tenant spread over the year before `now`, the daily analytics counters
 * they add up to (as the Worker keeps them), and 500 recent knowledge-gap tickets.
 */
export const seedConsoleHistory = async (
  db: BenchD1,
  tenantId: string,
  rows: number,
  now: Date,
  log: (message: string) => void,
): Promise<void> => {
  const nowIso = now.toISOString()
  const spread = YEAR_SECONDS / rows
  for (let start = 0; start < rows; start += ROWS_PER_STATEMENT) {
    const end = Math.min(rows, start + ROWS_PER_STATEMENT) - 1
    await db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT ?1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
         INSERT INTO audit_log (id, tenant_id, ticket_id, event_key, mode, decision, reasons_json, allowed_json,
           engine, tokens, latency_ms, created_at)
         SELECT 'bench-' || i, ?3, CAST(100000 + i AS TEXT), (100000 + i) || ':created', 'auto_reply',
           ${DECISION_SQL}, ${REASONS_SQL}, '[]', 'local', (i % 5) * 200, 40,
           strftime('%Y-%m-%dT%H:%M:%SZ', ?4, '-' || CAST(i * ?5 AS INTEGER) || ' seconds')
         FROM n`,
      )
      .bind(start, end, tenantId, nowIso, spread)
      .run()
    log(`  ${end + 1} audit rows`)
  }
  await db
    .prepare(
      `INSERT INTO analytics_daily (tenant_id, day, counters)
       SELECT tenant_id, substr(created_at, 1, 10), json_object('decisions', COUNT(*), 'analysed', COUNT(*),
         'decision:auto_replied', SUM(decision = 'auto_replied'), 'decision:draft_noted', SUM(decision = 'draft_noted'),
         'decision:escalated', SUM(decision = 'escalated'), 'decision:skipped', SUM(decision = 'skipped'),
         'reason:low_retrieval_confidence', SUM(reasons_json LIKE '%low_retrieval%'),
         'reason:sensitive_legal_threat', SUM(reasons_json LIKE '%legal%'),
         'reason:vip_requester', SUM(reasons_json LIKE '%vip%'),
         'category:billing', SUM(CAST(ticket_id AS INTEGER) % 3 = 0), 'category:how_to', SUM(CAST(ticket_id AS INTEGER) % 3 = 1),
         'category:shipping_returns', SUM(CAST(ticket_id AS INTEGER) % 3 = 2),
         'language:en', SUM(CAST(ticket_id AS INTEGER) % 4 <> 0), 'language:de', SUM(CAST(ticket_id AS INTEGER) % 4 = 0),
         'sentiment:neutral', COUNT(*), 'channel:email', COUNT(*), 'sla:ok', COUNT(*),
         'article:bench-1', SUM(decision = 'auto_replied'), 'tokens', SUM(tokens))
       FROM audit_log WHERE tenant_id = ?1 GROUP BY tenant_id, substr(created_at, 1, 10)`,
    )
    .bind(tenantId)
    .run()
  const gaps = Array.from({ length: 500 }, (_, i) => {
    const subject = GAP_SUBJECTS[i % GAP_SUBJECTS.length] ?? ''
    const at = new Date(now.getTime() - i * 3_600_000).toISOString()
    return db
      .prepare(
        `INSERT INTO knowledge_gap_tickets (tenant_id, ticket_id, subject, excerpt, created_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .bind(tenantId, String(900_000 + i), subject, `${subject}. Please help, order ${i}.`, at)
  })
  await db.batch(gaps)
}
