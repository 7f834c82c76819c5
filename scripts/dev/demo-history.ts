import { reasonText } from '@deskmate/shared'

/** Decisions per day and days of demo history each demo tenant starts with. */
const PER_DAY = 8
const DAYS = 30

/** Recent demo tickets no article answered, a few topics worded several ways, for the knowledge gaps. */
const GAP_SUBJECTS = [
  'Carbon offset certificate for our order',
  'Need a carbon offset certificate for the invoice',
  'Is there a carbon offset certificate?',
  'Desk Display wall mount size',
  'Which wall mount fits the Desk Display?',
  'Planora export to Excel with formulas',
  'Export a Planora board to Excel',
  'Student discount for Planora',
]

const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`

/** The i-th demo decision's outcome, reason, category and language, as SQL over the CTE's `i`. */
const ROW = `CASE i % 8 WHEN 0 THEN 'draft_noted' WHEN 5 THEN 'escalated' WHEN 6 THEN 'escalated' ELSE 'auto_replied' END AS decision,
  CASE i % 8 WHEN 5 THEN 'low_retrieval_confidence' WHEN 6 THEN 'sensitive_billing_dispute' ELSE NULL END AS reason,
  CASE i % 4 WHEN 0 THEN 'billing' WHEN 1 THEN 'account_login' WHEN 2 THEN 'how_to' ELSE 'technical_problem' END AS category,
  CASE i % 5 WHEN 0 THEN 'de' WHEN 1 THEN 'fr' ELSE 'en' END AS language,
  CASE i % 6 WHEN 0 THEN -400 WHEN 1 THEN 300 ELSE 0 END AS score`

/**
 * SQL that gives a demo tenant a month of decisions (audit rows and the daily counters they add up to) and a
 * few recent unanswered tickets, once: a tenant that already has them is left alone.
 */
export const demoHistorySql = (tenantId: string, now: Date): string => {
  const id = quote(tenantId)
  const rows = `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${PER_DAY * DAYS - 1}),
  d AS (SELECT i, strftime('%Y-%m-%dT%H:%M:%SZ', ${quote(now.toISOString())}, '-' || (i * ${Math.floor(86_400 / PER_DAY)} + 3600) || ' seconds') AS at, ${ROW} FROM n)`
  const fresh = `NOT EXISTS (SELECT 1 FROM audit_log WHERE id = ${quote(`demo-${tenantId}-0`)})`
  const gaps = GAP_SUBJECTS.map(
    (subject, i) =>
      `INSERT OR IGNORE INTO knowledge_gap_tickets (tenant_id, ticket_id, subject, excerpt, created_at) VALUES (${id}, '${9001 + i}', ${quote(subject)}, ${quote(subject)}, ${quote(new Date(now.getTime() - (i + 1) * 5_400_000).toISOString())});`,
  )
  return [
    `INSERT INTO analytics_daily (tenant_id, day, counters)
${rows}
SELECT ${id}, substr(at, 1, 10), json_object('decisions', COUNT(*), 'analysed', COUNT(*),
  'decision:auto_replied', SUM(decision = 'auto_replied'), 'decision:draft_noted', SUM(decision = 'draft_noted'),
  'decision:escalated', SUM(decision = 'escalated'),
  'reason:low_retrieval_confidence', SUM(coalesce(reason, '') = 'low_retrieval_confidence'),
  'reason:sensitive_billing_dispute', SUM(coalesce(reason, '') = 'sensitive_billing_dispute'),
  'category:billing', SUM(category = 'billing'), 'category:account_login', SUM(category = 'account_login'),
  'category:how_to', SUM(category = 'how_to'), 'category:technical_problem', SUM(category = 'technical_problem'),
  'language:en', SUM(language = 'en'), 'language:de', SUM(language = 'de'), 'language:fr', SUM(language = 'fr'),
  'sentiment:negative', SUM(score < 0), 'sentiment:neutral', SUM(score = 0), 'sentiment:positive', SUM(score > 0),
  'sentimentScore', SUM(score), 'channel:email', COUNT(*), 'sla:ok', COUNT(*) - SUM(i % 16 = 5), 'sla:at_risk', SUM(i % 16 = 5),
  'article:reset-password-en', SUM(decision = 'auto_replied' AND category = 'account_login'),
  'tokens', SUM(CASE decision WHEN 'auto_replied' THEN 900 ELSE 0 END))
FROM d WHERE ${fresh} GROUP BY substr(at, 1, 10)
ON CONFLICT (tenant_id, day) DO NOTHING;`,
    `INSERT INTO audit_log (id, tenant_id, ticket_id, event_key, mode, decision, reasons_json, allowed_json, engine, tokens, latency_ms, created_at)
${rows}
SELECT 'demo-' || ${id} || '-' || i, ${id}, CAST(5000 + i AS TEXT), (5000 + i) || ':created', 'auto_reply', decision,
  CASE reason WHEN 'low_retrieval_confidence' THEN json_array(json_object('code', reason, 'message', ${quote(reasonText('low_retrieval_confidence'))}))
    WHEN 'sensitive_billing_dispute' THEN json_array(json_object('code', reason, 'message', ${quote(reasonText('sensitive_billing_dispute'))}))
    ELSE '[]' END, '[]', 'local',
  CASE decision WHEN 'auto_replied' THEN 900 ELSE 0 END, 40, at
FROM d WHERE ${fresh};`,
    ...gaps,
  ].join('\n')
}
