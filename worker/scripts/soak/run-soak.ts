import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRandom } from '../../src/engines/local/classifier/random.ts'
import { startFakeAnthropic } from '../../test/fakes/fake-anthropic.ts'
import { DEFAULT_MIX } from '../../test/soak/delivery-mix.ts'
import { judgeSoak, type SoakVerdict } from '../../test/soak/judge-soak.ts'
import { runDeliveries } from '../../test/soak/run-deliveries.ts'
import { startLocalStack } from '../../../scripts/dev/local-stack.ts'
import { countPending, readOutcomes } from './collect-outcomes.ts'
import { readLocalD1 } from './read-local-d1.ts'
import { setUpAccounts } from './set-up-accounts.ts'
import type { SoakOptions } from './soak-options.ts'
import { writeSoakConfig } from './write-soak-config.ts'

/** What a soak measured, besides the verdict. */
export type SoakRun = SoakVerdict & {
  seconds: { setup: number; sending: number; draining: number }
  llm: { messages: number; failures: number }
  events: Record<string, number>
}

// The Worker's helpdesk timeout is 10 s: Zendesk applies these writes but answers after the Worker gave up.
const LATE_WRITE_MS = 12_500
// A duplicate that found its event in progress is retried by the queue 90 s later; the soak waits it out.
const BUSY_RETRY_MS = 95_000

const seconds = (from: number, to = Date.now()): number => Math.round((to - from) / 100) / 10

/**
 * The soak: the local stack (wrangler dev with its D1 and queue, the Zendesk simulator) with the fake
 * Anthropic API as its LLM (one request in 20 failing), `deliveries` webhook deliveries with the mix
 * of duplicates, bad signatures, malformed bodies, replays and helpdesk faults, all on 127.0.0.1; then it
 * waits (within the time bound) for every valid ticket's outcome and checks the helpdesk and the audit.
 */
export const runSoak = async (options: SoakOptions, log: (line: string) => void): Promise<SoakRun> => {
  const started = Date.now()
  const deadline = started + options.minutes * 60_000
  const persistDir = await mkdtemp(join(tmpdir(), 'deskmate-soak-'))
  const llm = await startFakeAnthropic({ isRecording: false })
  const stack = await startLocalStack({
    persistDir,
    ports: { worker: options.workerPort, simulator: options.simulatorPort, workspace: 0, app: 0 },
    vars: { ANTHROPIC_BASE_URL: llm.url, ANTHROPIC_API_KEY: 'sk-test-flaky-soak' },
    configPath: writeSoakConfig(persistDir),
  })
  try {
    log(`Stack up in ${seconds(started)} s (state in ${persistDir}); setting up ${options.tenants} accounts…`)
    const accounts = await setUpAccounts(stack.simulator, stack.workerUrl, options.tenants)
    const setupDone = Date.now()
    log(`Accounts ready in ${seconds(started, setupDone)} s; sending ${options.deliveries} deliveries…`)
    const { sent, tickets } = await runDeliveries(
      options.deliveries,
      DEFAULT_MIX,
      createRandom(options.seed),
      {
        accounts,
        lateWriteMs: LATE_WRITE_MS,
        concurrency: options.concurrency,
        shouldStop: () => Date.now() > deadline,
        send: async (delivery) => {
          const res = await fetch(`${stack.workerUrl}/v1/webhooks/zendesk`, {
            method: 'POST',
            headers: delivery.headers,
            body: delivery.body,
          })
          await res.body?.cancel()
          return res.status
        },
        onSent: (count) => {
          if (count % 1000 === 0) log(`  ${count} sent (${seconds(setupDone)} s)`)
        },
      },
    )
    const sendingDone = Date.now()
    const valid = new Set(sent.filter((d) => d.kind === 'new' && d.status === 202).map((d) => d.ticket ?? ''))
    log(`Sent ${sent.length} in ${seconds(setupDone, sendingDone)} s; waiting for ${valid.size} outcomes…`)
    let pending = countPending(stack.simulator, tickets, valid)
    while ((pending > 0 || Date.now() < sendingDone + BUSY_RETRY_MS) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      const now = countPending(stack.simulator, tickets, valid)
      if (now !== pending) log(`  ${now} pending (${seconds(sendingDone)} s)`)
      pending = now
    }
    const drained = Date.now()
    await stack.stopWorker()
    const audit = await readLocalD1<{ tenant_id: string; ticket_id: string; n: number }>(
      persistDir,
      'SELECT tenant_id, ticket_id, COUNT(*) AS n FROM audit_log GROUP BY tenant_id, ticket_id',
    )
    const events = await readLocalD1<{ status: string; n: number }>(
      persistDir,
      'SELECT status, COUNT(*) AS n FROM webhook_events GROUP BY status',
    )
    const entries = new Map(audit.map((r) => [`${r.tenant_id.replace(/^zendesk:/, '')}/${r.ticket_id}`, r.n]))
    const verdict = judgeSoak(sent, readOutcomes(stack.simulator, tickets, entries))
    return {
      ...verdict,
      seconds: {
        setup: seconds(started, setupDone),
        sending: seconds(setupDone, sendingDone),
        draining: seconds(sendingDone, drained),
      },
      llm: { ...llm.counts },
      events: Object.fromEntries(events.map((r) => [r.status, r.n])),
    }
  } finally {
    await stack.stop()
    await llm.close()
    if (!options.shouldKeepState) await rm(persistDir, { recursive: true, force: true })
  }
}
