import type { BenchSection } from './bench-section.ts'
import { BENCH_TENANT } from './bench-tenant.ts'
import { fixed, loadFailures, table } from './format-report.ts'
import { runLoad, type LoadResult } from './run-load.ts'
import { webhookTarget } from './webhook-target.ts'
import { workerTargets } from './worker-targets.ts'

/** Client counts the intake is loaded with. */
const CLIENTS = [16, 64] as const

type IntakeRun = { clients: number; floor: LoadResult; webhook: LoadResult }

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
      'requests',
      'errors',
    ],
    runs.flatMap(({ clients, floor, webhook }) =>
      [floor, webhook].map((r) => [
        String(clients),
        r.name,
        fixed(r.rps, 0),
        fixed(r.latencyMs.p50, 2),
        fixed(r.latencyMs.p95, 2),
        fixed(r.latencyMs.p99, 2),
        `${fixed((100 * r.rps) / floor.rps, 0)} %`,
        r.serverCpuMsPerRequest === null ? 'n/a' : fixed(r.serverCpuMsPerRequest, 2),
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
  async run({ worker, load, log }) {
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
      runs.push({ clients, floor, webhook: await runLoad(target, options) })
    }
    const markdown = [
      `## Webhook intake (${fixed(load.durationMs / 1000, 0)} s per row after ${fixed(load.warmupMs / 1000, 0)} s ` +
        'warm-up, each beside the floor at the same client count)',
      intakeTable(runs),
      'Every request is a new signed Zendesk delivery for a ticket id never sent before: verified, remembered ' +
        'for replay protection and queued before the 202. The queue of this Worker has no consumer, so the ' +
        'figures are the intake alone.',
    ].join('\n\n')
    return {
      markdown,
      json: runs,
      failures: loadFailures(runs.flatMap((r) => [r.floor, r.webhook])),
    }
  },
}
