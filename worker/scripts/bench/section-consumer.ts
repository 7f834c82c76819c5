import { setUpAccount } from '../../../apps/workspace/src/zendesk/simulator/control-routes.ts'
import { loadBenchTickets } from './bench-inputs.ts'
import type { BenchContext, BenchSection } from './bench-section.ts'
import { benchSecrets, seedBenchTenants, type BenchTenantSeed } from './bench-tenant.ts'
import { fixed, loadFailures, table } from './format-report.ts'
import { readD1Calls } from './read-d1-calls.ts'
import { runLoad } from './run-load.ts'
import { loadKb, signBenchAdmin } from './start-bench-worker.ts'
import { signDelivery, triggerBody } from './webhook-target.ts'
import { createWorkerdCpuMeter } from './workerd-cpu.ts'

/** Tickets per simulated account: below Deskmate's own 80 ticket updates per account and minute. */
const TICKETS_PER_ACCOUNT = 50
const FIRST_TICKET_ID = 101
const DRAIN_TIMEOUT_MS = 240_000

/** Simulated Zendesk accounts with tickets, and tenants in D1 connected to them (with the demo KB). */
const prepareTenants = async (ctx: BenchContext, accounts: number): Promise<BenchTenantSeed[]> => {
  const tickets = loadBenchTickets()
  const seeds = Array.from({ length: accounts }, (_, i) => {
    const account = `drain-${i}`
    const credentials = setUpAccount(
      ctx.simulator.state,
      {
        account,
        tickets: Array.from({ length: TICKETS_PER_ACCOUNT }, (_, t) => {
          const demo = tickets[(i + t) % tickets.length]
          return { subject: demo?.subject ?? 'Help', body: demo?.body ?? 'Please help', channel: 'email' }
        }),
      },
      new Date(),
    )
    return { ...benchSecrets(account), apiUser: credentials.apiUser, apiToken: credentials.apiToken }
  })
  await seedBenchTenants(ctx.worker.db, ctx.worker.encryptionKey, seeds)
  for (const seed of seeds)
    await loadKb(ctx.worker.directUrl, await signBenchAdmin(ctx.worker.encryptionKey, seed.account))
  return seeds
}

/** The database's size in bytes, as D1 reports it after a statement. */
const databaseBytes = async (ctx: BenchContext): Promise<number> =>
  Number((await ctx.worker.db.prepare('SELECT 1').run()).meta.size_after ?? Number.NaN)

const finishedEvents = async (ctx: BenchContext): Promise<{ done: number; failed: number }> =>
  (await ctx.worker.db
    .prepare(
      `SELECT COALESCE(SUM(status = 'done'), 0) AS done, COALESCE(SUM(status = 'failed'), 0) AS failed
       FROM webhook_events WHERE tenant_id LIKE 'zendesk:drain-%'`,
    )
    .first<{ done: number; failed: number }>()) ?? { done: 0, failed: 0 }

/** Simulated tickets that received Deskmate's update (a comment after the customer's). */
const updatedTickets = (ctx: BenchContext, seeds: readonly BenchTenantSeed[]): number =>
  seeds.reduce((sum, seed) => {
    const account = ctx.simulator.state.accounts.get(seed.account)
    return sum + (account?.tickets.filter((t) => t.comments.length > 1).length ?? 0)
  }, 0)

/**
 * The queue consumer through the whole pipeline (re-read the ticket from the simulated Zendesk, analyse,
 * retrieve, draft, decide, update the ticket, audit): jobs per second from the first webhook until every event is
 * finished, and D1 round trips per job, counted by a wrapper around the D1 binding.
 */
export const consumerSection: BenchSection = {
  name: 'consumer',
  summary: 'queue consumer drain rate through the full pipeline, D1 round trips per job and per webhook',
  async run(ctx) {
    const accounts = Math.max(1, Math.ceil(ctx.args.jobs / TICKETS_PER_ACCOUNT))
    const jobs = accounts * TICKETS_PER_ACCOUNT
    ctx.log(`preparing ${accounts} simulated accounts with ${TICKETS_PER_ACCOUNT} tickets each`)
    const seeds = await prepareTenants(ctx, accounts)
    const sizeBefore = await databaseBytes(ctx)
    const before = await readD1Calls(ctx)
    let sent = 0
    const target = {
      name: 'POST /v1/webhooks/zendesk (counted Worker)',
      method: 'POST' as const,
      path: '/v1/webhooks/zendesk',
      nextRequest: () => {
        const seed = seeds[sent % accounts] as BenchTenantSeed
        const body = triggerBody(seed.account, FIRST_TICKET_ID + Math.floor(sent++ / accounts))
        return { body, headers: signDelivery(seed.webhookSecret, body) }
      },
      check: (status: number, body: string) =>
        status === 202 ? null : `HTTP ${status}: ${body.slice(0, 200)}`,
    }
    ctx.log(`sending ${jobs} webhooks, then waiting for the consumer`)
    // Where the time goes: workerd (the Worker, D1 and the queue) and this process (clients, simulated Zendesk).
    const workerdCpu = createWorkerdCpuMeter()
    const cpuBefore = { workerd: workerdCpu?.() ?? Number.NaN, bench: process.cpuUsage() }
    const started = performance.now()
    const intake = await runLoad(target, {
      ...ctx.load,
      warmupMs: 0,
      durationMs: DRAIN_TIMEOUT_MS,
      maxRequests: jobs,
      baseUrl: ctx.worker.countedUrl,
    })
    const afterIntake = await readD1Calls(ctx)
    let finished = await finishedEvents(ctx)
    while (finished.done + finished.failed < jobs && performance.now() - started < DRAIN_TIMEOUT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      finished = await finishedEvents(ctx)
    }
    const seconds = (performance.now() - started) / 1000
    const benchCpu = process.cpuUsage(cpuBefore.bench)
    const cpuMsPerJob = {
      workerd: (((workerdCpu?.() ?? Number.NaN) - cpuBefore.workerd) * 1000) / jobs,
      bench: (benchCpu.user + benchCpu.system) / 1000 / jobs,
    }
    // Let retries and the dead-letter queue settle before reading the consumer's count.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const after = await readD1Calls(ctx)
    const sizeAfter = await databaseBytes(ctx)
    const result = {
      consumerBatch: ctx.args.consumerBatch ?? 'wrangler.jsonc',
      jobs,
      accounts,
      seconds,
      jobsPerSecond: (finished.done + finished.failed) / seconds,
      done: finished.done,
      failed: finished.failed,
      ticketsUpdated: updatedTickets(ctx, seeds),
      d1CallsPerJob: (after.queue - before.queue) / jobs,
      d1CallsPerWebhook: (afterIntake.fetch - before.fetch) / Math.max(1, intake.requests),
      d1BytesPerJob: (sizeAfter - sizeBefore) / jobs,
      cpuMsPerJob,
      intake,
    }
    const markdown = [
      `## Queue consumer (full pipeline against the simulated Zendesk), batches of ${
        ctx.args.consumerBatch ?? "wrangler.jsonc's max_batch_size"
      }`,
      table(
        [
          'jobs',
          'accounts',
          'seconds',
          'jobs/s',
          'done / failed',
          'tickets updated',
          'D1 round trips per job',
          'D1 round trips per webhook (intake)',
          'D1 growth per job',
          'CPU per job: workerd / bench process',
        ],
        [
          [
            String(jobs),
            String(accounts),
            fixed(seconds, 1),
            fixed(result.jobsPerSecond, 0),
            `${result.done} / ${result.failed}`,
            String(result.ticketsUpdated),
            fixed(result.d1CallsPerJob, 2),
            fixed(result.d1CallsPerWebhook, 2),
            `${fixed(result.d1BytesPerJob / 1000, 2)} kB`,
            `${fixed(cpuMsPerJob.workerd, 1)} / ${fixed(cpuMsPerJob.bench, 1)} ms`,
          ],
        ],
      ),
      `Webhooks were sent by ${ctx.load.concurrency} clients (${fixed(intake.rps, 0)} req/s, p95 ` +
        `${fixed(intake.latencyMs.p95, 1)} ms, while the consumer was already draining); the drain rate counts ` +
        'from the first webhook until every event was done or failed. Miniflare hands the consumer one batch ' +
        'at a time (production Queues runs up to 250 invocations at once), and the Worker, D1 and the queue ' +
        'share one workerd process, so locally the drain rate is bound by the batch size (wrangler.jsonc, or ' +
        '--consumer-batch) and by the CPU of workerd. CPU per job counts, from the first webhook ' +
        'to the last event, the workerd processes (Worker, D1, queue; intake included) and the bench process ' +
        '(webhook clients and the simulated Zendesk).',
    ].join('\n\n')
    const failures = loadFailures([intake])
    if (finished.done + finished.failed < jobs)
      failures.push(`consumer: ${finished.done + finished.failed} of ${jobs} events finished in time`)
    return { markdown, json: result, failures }
  },
}
