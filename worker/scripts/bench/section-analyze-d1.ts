import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { WORKER_DIR, loadBenchTickets } from './bench-inputs.ts'
import type { BenchContext, BenchSection } from './bench-section.ts'
import { readD1Calls } from './read-d1-calls.ts'
import { BENCH_TENANT, benchSecrets, seedBenchTenants } from './bench-tenant.ts'
import { fixed, loadFailures, table } from './format-report.ts'
import { runLoad, type LoadResult } from './run-load.ts'
import { loadKb, signBenchAdmin, signBenchToken } from './start-bench-worker.ts'
import { workerTargets } from './worker-targets.ts'

/** Sequential analyze requests counted per tenant (after as many warm-up requests as there are tickets). */
const COUNTED_REQUESTS = 36
const MODELS_ACCOUNT = 'bench-models'
const TRAINED_TARGETS = ['category', 'priority'] as const

type AnalyzeRow = {
  tenant: string
  trainedModels: number
  modelJsonBytes: number
  idle: LoadResult
  d1CallsPerRequest: number
}

const trainModels = async (ctx: BenchContext, adminToken: string): Promise<void> => {
  const examples = readFileSync(join(WORKER_DIR, 'training', 'default-examples.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<(typeof TRAINED_TARGETS)[number] | 'text', string>)
  for (const target of TRAINED_TARGETS) {
    const res = await fetch(new URL('/v1/models/train', ctx.worker.directUrl), {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ target, examples: examples.map((e) => ({ text: e.text, label: e[target] })) }),
    })
    if (!res.ok) throw new Error(`Training ${target} failed: HTTP ${res.status} ${await res.text()}`)
  }
}

const measureTenant = async (ctx: BenchContext, account: string, token: string): Promise<AnalyzeRow> => {
  const [, analyze] = workerTargets(loadBenchTickets(), token)
  if (!analyze) throw new Error('no analyze target')
  const bodies = analyze.bodies ?? []
  const send = async (body: string) => {
    const res = await fetch(new URL(analyze.path, ctx.worker.countedUrl), {
      method: 'POST',
      headers: { ...analyze.headers, 'Content-Type': 'application/json' },
      body,
    })
    const fault = analyze.check(res.status, await res.text())
    if (fault) throw new Error(`analyze for ${account}: ${fault}`)
  }
  // Warm: every ticket once, so the isolate has seen this tenant and the engine's lazy state is built.
  for (const body of bodies) await send(body)
  const before = await readD1Calls(ctx)
  for (let i = 0; i < COUNTED_REQUESTS; i++) await send(bodies[i % bodies.length] as string)
  const after = await readD1Calls(ctx)
  const idle = await runLoad(
    { ...analyze, name: `POST /v1/tickets/analyze (${account})` },
    { ...ctx.load, concurrency: 1, warmupMs: 300, durationMs: 2_000, baseUrl: ctx.worker.directUrl },
  )
  const stored = await ctx.worker.db
    .prepare(
      // A model's JSON is in its row, or (as saved today) in its chunks.
      `SELECT (SELECT COUNT(*) FROM models WHERE tenant_id = ?1) AS n,
         (SELECT COALESCE(SUM(length(model_json)), 0) FROM models WHERE tenant_id = ?1)
           + (SELECT COALESCE(SUM(length(data)), 0) FROM model_chunks WHERE tenant_id = ?1) AS bytes`,
    )
    .bind(`zendesk:${account}`)
    .first<{ n: number; bytes: number }>()
  return {
    tenant: account,
    trainedModels: stored?.n ?? 0,
    modelJsonBytes: stored?.bytes ?? 0,
    idle,
    d1CallsPerRequest: (after.fetch - before.fetch) / COUNTED_REQUESTS,
  }
}

/**
 * The analyze request on a warm isolate: D1 round trips per request (counted by wrapping the binding) and the
 * idle latency, for a tenant without trained models and one with two, beside the idle floor.
 */
export const analyzeD1Section: BenchSection = {
  name: 'analyze-d1',
  summary: 'D1 round trips and idle latency of a warm analyze request, with 0 and 2 trained models stored',
  async run(ctx) {
    const { worker, log } = ctx
    const [floorTarget] = workerTargets([], worker.token)
    if (!floorTarget) throw new Error('no floor target')
    const floor = await runLoad(floorTarget, {
      ...ctx.load,
      concurrency: 1,
      warmupMs: 300,
      durationMs: 2_000,
      baseUrl: worker.directUrl,
    })
    log('analyze without trained models')
    const plain = await measureTenant(ctx, BENCH_TENANT.account, worker.token)
    log('training two models for a second tenant')
    const secrets = benchSecrets(MODELS_ACCOUNT)
    await seedBenchTenants(worker.db, worker.encryptionKey, [secrets])
    const token = await signBenchToken(MODELS_ACCOUNT, secrets.sharedSecret)
    const admin = await signBenchAdmin(worker.encryptionKey, MODELS_ACCOUNT)
    await loadKb(worker.directUrl, admin)
    await trainModels(ctx, admin)
    log('analyze with two trained models')
    const trained = await measureTenant(ctx, MODELS_ACCOUNT, token)
    const rows = [plain, trained]
    const markdown = [
      '## Analyze request: D1 round trips on a warm isolate',
      table(
        [
          'tenant',
          'trained models stored',
          'model JSON',
          'D1 round trips per request',
          'idle p50 ms',
          'idle p95 ms',
          'idle p50 × floor',
        ],
        rows.map((r) => [
          r.tenant,
          String(r.trainedModels),
          `${fixed(r.modelJsonBytes / 1e6, 2)} MB`,
          fixed(r.d1CallsPerRequest, 2),
          fixed(r.idle.latencyMs.p50, 2),
          fixed(r.idle.latencyMs.p95, 2),
          fixed(r.idle.latencyMs.p50 / floor.latencyMs.p50, 1),
        ]),
      ),
      `Floor (GET /healthz, one client) in the same run: p50 ${fixed(floor.latencyMs.p50, 2)} ms. ` +
        `Round trips: ${COUNTED_REQUESTS} sequential requests after a warm-up pass over the ` +
        `${loadBenchTickets().length} demo tickets, counted by a wrapper around the D1 binding (a batch is one).`,
    ].join('\n\n')
    return {
      markdown,
      json: { floor, rows },
      failures: loadFailures([floor, plain.idle, trained.idle]),
    }
  },
}
