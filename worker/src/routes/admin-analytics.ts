import { AppError, MAX_ANALYTICS_DAYS, ZAnalyticsQuery, type AnalyticsResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createAnalyticsRepo } from '../db/analytics-repo.ts'
import { createKbRepo } from '../db/kb-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { parseWith } from '../http/validate.ts'
import { readCsat } from '../services/analytics/read-csat.ts'
import { summarizeAnalytics } from '../services/analytics/summarize-analytics.ts'
import { resolveSettings } from '../services/tenant-settings.ts'

const DAY_MS = 86_400_000
const DEFAULT_DAYS = 30
/** The cited articles the answer names, most cited first. */
const TOP_ARTICLES = 20

const dayString = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/**
 * GET /v1/admin/analytics?from&to (admins only): the automation's outcomes, reasons, mixes, SLA, KB use, LLM
 * cost and time saved over UTC days, read from the daily counters (≤ 366 rows whatever the audit volume), and
 * the CSAT of the stored satisfaction ratings (a pull is queued when they are over an hour old).
 */
export const adminAnalyticsRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const query = parseWith(ZAnalyticsQuery, c.req.query())
  const to = query.to ?? dayString(Date.now())
  const from = query.from ?? dayString(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS)
  if (
    from > to ||
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS >= MAX_ANALYTICS_DAYS
  ) {
    throw new AppError(
      'validation_failed',
      `The range must run forward and span at most ${MAX_ANALYTICS_DAYS} days`,
      {
        details: [{ path: 'from', message: `At most ${MAX_ANALYTICS_DAYS} days before \`to\`` }],
      },
    )
  }
  const tenant = c.get('tenant')
  const db = tenantDatabase(c.env, tenant.id)
  const days = await createAnalyticsRepo(db, tenant.id).range(from, to)
  const summary = summarizeAnalytics({
    from,
    to,
    days,
    dailyTokenBudget: resolveSettings(tenant, false).llmDailyTokenBudget,
  })
  const cited = summary.articles.slice(0, TOP_ARTICLES)
  const found = await createKbRepo(db, tenant.id).getArticles(cited.map((article) => article.id))
  const titles = new Map(found.map((article) => [article.id, article.title]))
  const csat = await readCsat(c.env, tenant.id, { from, to })
  c.header('Cache-Control', 'no-store')
  return c.json({
    ...summary,
    articles: cited.map((article) => ({ ...article, title: titles.get(article.id) ?? null })),
    csat,
  } satisfies AnalyticsResponse)
})
