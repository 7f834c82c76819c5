import { reasonText } from '@deskmate/shared'
import {
  DEMO_GAP_SUBJECTS,
  DEMO_HISTORY_CATEGORIES,
} from '../../apps/workspace/src/server/demo-history-content.ts'
import {
  DEMO_HISTORY_DAYS as DAYS,
  DEMO_HISTORY_PER_DAY as PER_DAY,
  demoGapCreatedAt,
  demoGapTicketId,
} from '../../apps/workspace/src/server/demo-history-tickets.ts'

const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`

/** The i-th demo decision's outcome, reason, category and language, as SQL over the CTE's `i`. */
const ROW = `CASE i % 8 WHEN 0 THEN 'draft_noted' WHEN 5 THEN 'escalated' WHEN 6 THEN 'escalated' ELSE 'auto_replied' END AS decision,
  CASE i % 8 WHEN 5 THEN 'low_retrieval_confidence' WHEN 6 THEN 'sensitive_billing_dispute' ELSE NULL END AS reason,
  CASE i % ${DEMO_HISTORY_CATEGORIES.length} ${DEMO_HISTORY_CATEGORIES.map((c, i) => `WHEN ${i} THEN '${c}'`).join(' ')} END AS category,
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
  const gaps = DEMO_GAP_SUBJECTS.map(
    (subject, i) =>
      `INSERT OR IGNORE INTO knowledge_gap_tickets (tenant_id, ticket_id, subject, excerpt, created_at) VALUES (${id}, '${demoGapTicketId(i)}', ${quote(subject)}, ${quote(subject)}, ${quote(demoGapCreatedAt(now, i).toISOString())});`,
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
