import type { BenchSection } from './bench-section.ts'
import { fixed, loadFailures, table } from './format-report.ts'
import { seedKbTenant } from './kb-tenants.ts'
import { consoleOpeningPaths, measureConsoleOpening } from './measure-console-open.ts'
import { runLoad, type LoadResult, type LoadTarget } from './run-load.ts'
import { seedConsoleHistory } from './seed-console-history.ts'

/** Audited decisions the console's tenant has: a year of a large account. */
export const CONSOLE_AUDIT_ROWS = 1_000_000

const get = (name: string, path: string, token?: string, expect = '"'): LoadTarget => ({
  name,
  method: 'GET',
  path,
  ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}),
  check: (status, body) =>
    status === 200 && body.includes(expect) ? null : `HTTP ${status} ${body.slice(0, 120)}`,
})

/** The console's first load at 1M audit rows: a year of analytics, the activity's first page, the gaps. */
export const consoleSection: BenchSection = {
  name: 'console',
  summary: `the admin console's load (analytics over a year, activity first page, knowledge gaps) at ${CONSOLE_AUDIT_ROWS.toLocaleString('en')} audit rows, idle`,
  async run({ worker, load, log }) {
    const tenant = await seedKbTenant(worker, 'bench-console')
    const now = new Date()
    log(`seeding ${CONSOLE_AUDIT_ROWS} audit rows`)
    const started = performance.now()
    await seedConsoleHistory(worker.db, tenant.id, CONSOLE_AUDIT_ROWS, now, log)
    const seedSeconds = (performance.now() - started) / 1000
    const to = now.toISOString().slice(0, 10)
    const from = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10)
    const targets = [
      get('GET /healthz (floor)', '/healthz'),
      get(
        `GET /v1/admin/analytics (${from} … ${to})`,
        `/v1/admin/analytics?from=${from}&to=${to}`,
        tenant.adminToken,
        '"series"',
      ),
      get(
        'GET /v1/admin/activity (first page, 100)',
        '/v1/admin/activity?limit=100',
        tenant.adminToken,
        '"items"',
      ),
      get('GET /v1/admin/knowledge-gaps', '/v1/admin/knowledge-gaps', tenant.adminToken, '"gaps"'),
    ]
    const idle = { ...load, concurrency: 1, warmupMs: 300, durationMs: Math.min(load.durationMs, 3_000) }
    const results: LoadResult[] = []
    for (const target of targets) {
      log(`loading ${target.name}`)
      results.push(await runLoad(target, { ...idle, baseUrl: worker.directUrl }))
    }
    const consoleLoad = results.slice(1)
    log('opening the console (its first calls in parallel)')
    const opening = await measureConsoleOpening({
      baseUrl: worker.directUrl,
      token: tenant.adminToken,
      paths: consoleOpeningPaths(now),
      warmupMs: idle.warmupMs,
      durationMs: idle.durationMs,
    })
    const markdown = [
      `## Admin console at ${CONSOLE_AUDIT_ROWS.toLocaleString('en')} audit rows (one tenant, a year), idle (one client)`,
      `Seeded in ${fixed(seedSeconds, 0)} s (audit rows, the daily counters they add up to, 500 gap tickets).`,
      table(
        ['endpoint', 'p50 ms', 'p95 ms', 'requests', 'errors'],
        results.map((r) => [
          r.name,
          fixed(r.latencyMs.p50, 2),
          fixed(r.latencyMs.p95, 2),
          String(r.requests),
          String(r.errors),
        ]),
      ),
      `The console's three calls, one after another: p50 ${fixed(
        consoleLoad.reduce((all, r) => all + r.latencyMs.p50, 0),
        1,
      )} ms, ` +
        `p95 ${fixed(
          consoleLoad.reduce((all, r) => all + r.latencyMs.p95, 0),
          1,
        )} ms (the page issues them in parallel).`,
      `The console's opening, as the page makes it (${opening.calls} calls in parallel: settings and their history, ` +
        `the activity's first page, 30 days of analytics, the knowledge gaps, the knowledge summary and first page ` +
        `of articles, the training state), until the last answer: p50 ${fixed(opening.ms.p50, 1)} ms, ` +
        `p95 ${fixed(opening.ms.p95, 1)} ms over ${opening.opens} opens, ${opening.errors} with an error.`,
    ].join('\n\n')
    return {
      markdown,
      json: { auditRows: CONSOLE_AUDIT_ROWS, seedSeconds, results, opening },
      failures: [
        ...loadFailures(results),
        ...(opening.firstError
          ? [`console opening: ${opening.errors} errors, first: ${opening.firstError}`]
          : []),
      ],
    }
  },
}
