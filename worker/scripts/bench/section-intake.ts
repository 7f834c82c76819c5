import type { BenchSection } from './bench-section.ts'
import { BENCH_TENANT } from './bench-tenant.ts'
import { fixed, loadFailures, table } from './format-report.ts'
import { readD1Calls } from './read-d1-calls.ts'
import { runLoad, type LoadResult } from './run-load.ts'
import { webhookTarget } from './webhook-target.ts'
import { workerTargets } from './worker-targets.ts'

/** Client counts the intake is loaded with. */
const CLIENTS = [16, 64] as const

type IntakeRun = {
  clients: number
  floor: LoadResult
  webhook: LoadResult
  /** D1 round trips per accepted webhook, from a separate short run on the counting wrapper. */
  d1CallsPerWebhook: number
}

const intakeTable = (runs: readonly IntakeRun[]): string =>
  table(
    [
      'clients',
      'endpoint',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      "share of the floor's req/s",
      'workerd CPU ms/req',
      'D1 round trips per request',
      'requests',
      'errors',
    ],
    runs.flatMap(({ clients, floor, webhook, d1CallsPerWebhook }) =>
      [floor, webhook].map((r) => [
        String(clients),
        r.name,
        fixed(r.rps, 0),
        fixed(r.latencyMs.p50, 2),
        fixed(r.latencyMs.p95, 2),
        fixed(r.latencyMs.p99, 2),
        `${fixed((100 * r.rps) / floor.rps, 0)} %`,
        r.serverCpuMsPerRequest === null ? 'n/a' : fixed(r.serverCpuMsPerRequest, 2),
        r === floor ? '0' : fixed(d1CallsPerWebhook, 2),
        String(r.requests),
        String(r.errors),
      ]),
    ),
  )

/**
 * Webhook intake under load: signed, fresh deliveries with ticket ids never sent before (every request is a new
 * delivery that must be authenticated, remembered and queued), each client count right after the floor.
 */
export const intakeSection: BenchSection = {
  name: 'intake',
  summary: 'POST /v1/webhooks/zendesk with valid signatures and unique tickets at 16 and 64 clients',
  async run(ctx) {
    const { worker, load, log } = ctx
    const floorTarget = workerTargets([], worker.token)[0]
    if (!floorTarget) throw new Error('no floor target')
    const signer = [{ account: BENCH_TENANT.account, webhookSecret: worker.webhookSecret }]
    const runs: IntakeRun[] = []
    for (const [i, clients] of CLIENTS.entries()) {
      const options = { ...load, concurrency: clients, baseUrl: worker.directUrl }
      log(`loading the floor with ${clients} clients`)
      const floor = await runLoad(floorTarget, options)
      log(`loading the webhook intake with ${clients} clients`)
      const target = webhookTarget('POST /v1/webhooks/zendesk', signer, (i + 1) * 1_000_000)
      const webhook = await runLoad(target, options)
      log(`counting D1 round trips of the intake with ${clients} clients`)
      const counted = webhookTarget(
        'POST /v1/webhooks/zendesk (counted)',
        signer,
        (i + 1) * 1_000_000 + 500_000,
      )
      const before = await readD1Calls(ctx, worker.countedIntakeUrl)
      const sample = await runLoad(counted, {
        ...options,
        warmupMs: 0,
        durationMs: 2_000,
        serverCpu: null,
        baseUrl: worker.countedIntakeUrl,
      })
      const after = await readD1Calls(ctx, worker.countedIntakeUrl)
      runs.push({
        clients,
        floor,
        webhook,
        d1CallsPerWebhook: (after.fetch - before.fetch) / sample.requests,
      })
    }
    const markdown = [
      `## Webhook intake (${fixed(load.durationMs / 1000, 0)} s per row after ${fixed(load.warmupMs / 1000, 0)} s ` +
        'warm-up, each beside the floor at the same client count)',
      intakeTable(runs),
      'Every request is a new signed Zendesk delivery for a ticket id never sent before: verified, remembered ' +
        'for replay protection and queued before the 202. The queue of this Worker has no consumer, so the ' +
        'figures are the intake alone. D1 round trips per request come from a separate 2 s run at the same ' +
        'client count on the same bundle behind a wrapper that counts calls on the D1 binding.',
    ].join('\n\n')
    return {
      markdown,
      json: runs,
      failures: loadFailures(runs.flatMap((r) => [r.floor, r.webhook])),
    }
  },
}
