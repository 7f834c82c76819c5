import { ticketText, type Ticket } from '@deskmate/shared'
import { createKbRepo, type KbRepo } from '../../src/db/kb-repo.ts'
import type { Tenant } from '../../src/db/tenants-repo.ts'
import type { DraftArticle, Engine } from '../../src/engines/engine.ts'
import { createLocalEngine } from '../../src/engines/local/create-local-engine.ts'
import { analyzeTicket } from '../../src/services/analyze-ticket.ts'
import { resolveSettings } from '../../src/services/tenant-settings.ts'
import { recordKb, replayKb, type KbTape } from './replay-kb.ts'
import type { BenchD1 } from './bench-d1.ts'
import { summarizeSamples, type SampleSummary } from './summarize-samples.ts'

/** The D1 binding the KB repository takes; Miniflare's proxy from Node implements the same API. */
type KbDatabase = Parameters<typeof createKbRepo>[0]

/** Time of one engine operation per ticket. */
export type EngineOp = {
  name: string
  /** Process CPU time (user + system) per call of the engine's own code (KB answers replayed), µs. */
  cpuUs: SampleSummary
  /** Wall time of the same calls, µs; longer than CPU when other processes take the core. */
  wallUs: SampleSummary
  /** Wall time with the live KB (D1 through Miniflare's proxy from Node), ms; not the Worker's CPU. */
  withD1Ms: SampleSummary
}

/** The local engine's cost per ticket, measured in Node on the demo tickets. */
export type EngineCpu = { tickets: number; passes: number; ops: EngineOp[]; kbWaitShareOfLive: number }

/** Options of the measurement: how long to warm up and to measure. */
export type EngineCpuOptions = {
  warmupPasses: number
  measureMs: number
  maxPasses: number
  livePasses: number
}

type Op = { name: string; run: (engine: Engine, ticket: Ticket, i: number) => Promise<unknown> }

const drain = async (events: AsyncIterable<unknown>): Promise<void> => {
  for await (const _event of events);
}

const opsFor = (tenant: Tenant, languages: string[], articles: DraftArticle[][]): Op[] => {
  const settings = resolveSettings(tenant, false)
  const usage = { autoRepliesToday: 0, llmTokensToday: 0 }
  const suggest = (engine: Engine, ticket: Ticket, i: number) =>
    engine.suggest({ text: ticketText(ticket), language: languages[i] ?? null, limit: 3 })
  return [
    { name: 'analyze', run: (engine, ticket) => engine.analyze(ticket) },
    { name: 'suggest', run: suggest },
    {
      name: 'analyze + suggest',
      run: async (engine, ticket, i) => {
        await engine.analyze(ticket)
        return suggest(engine, ticket, i)
      },
    },
    {
      name: 'analyze request (+ policy)',
      run: (engine, ticket) => analyzeTicket(ticket, { engine, settings, usage }),
    },
    {
      name: 'draft (whole stream)',
      run: (engine, ticket, i) =>
        drain(
          engine.draft({
            ticket,
            articles: articles[i] ?? [],
            tone: 'friendly',
            language: languages[i] ?? 'en',
          }),
        ),
    },
  ]
}

const engineWith = (kb: KbRepo, tenant: Tenant): Engine =>
  createLocalEngine({ kb, models: {}, categories: resolveSettings(tenant, false).categories })

type Timings = { wall: Map<string, number[]>; cpu: Map<string, number[]>; passes: number }

/** Runs every op on every ticket, pass after pass, recording wall time (ms) and process CPU (µs) per call. */
const timePasses = async (
  engine: Engine,
  ops: Op[],
  tickets: readonly Ticket[],
  keepGoing: (passes: number) => boolean,
) => {
  const timings: Timings = {
    wall: new Map(ops.map((op) => [op.name, []])),
    cpu: new Map(ops.map((op) => [op.name, []])),
    passes: 0,
  }
  while (keepGoing(timings.passes)) {
    timings.passes++
    for (const [i, ticket] of tickets.entries()) {
      for (const op of ops) {
        const cpu = process.cpuUsage()
        const started = performance.now()
        await op.run(engine, ticket, i)
        timings.wall.get(op.name)?.push(performance.now() - started)
        const used = process.cpuUsage(cpu)
        timings.cpu.get(op.name)?.push(used.user + used.system)
      }
    }
  }
  return timings
}

/**
 * Times the local engine per ticket: first with the live KB in D1 (recording its answers), then many passes with
 * the answers replayed, so the figures are the engine's own code, the part that counts against the Worker's CPU.
 */
export const measureEngineCpu = async (
  db: BenchD1,
  tenant: Tenant,
  tickets: readonly Ticket[],
  options: EngineCpuOptions,
): Promise<EngineCpu> => {
  const kb = createKbRepo(db as KbDatabase, tenant.id)
  const tape: KbTape = new Map()
  const waited = { ms: 0 }
  const live = engineWith(recordKb(kb, tape, waited), tenant)
  const languages: string[] = []
  const articles: DraftArticle[][] = []
  for (const ticket of tickets) {
    const language = (await live.analyze(ticket)).language.code
    const found = await live.suggest({ text: ticketText(ticket), language, limit: 3 })
    languages.push(language)
    articles.push(await kb.getArticles(found.map((s) => s.id)))
  }
  const ops = opsFor(tenant, languages, articles)

  // At least one live pass: it also records every KB answer the replayed passes ask for.
  waited.ms = 0
  const withD1 = await timePasses(live, ops, tickets, (passes) => passes < Math.max(1, options.livePasses))
  const liveTotalMs = [...withD1.wall.values()].flat().reduce((sum, ms) => sum + ms, 0)

  const replayed = engineWith(replayKb(tape), tenant)
  await timePasses(replayed, ops, tickets, (passes) => passes < options.warmupPasses)
  const deadline = performance.now() + options.measureMs
  const engineOnly = await timePasses(
    replayed,
    ops,
    tickets,
    (passes) => passes < options.maxPasses && (passes < 3 || performance.now() < deadline),
  )
  return {
    tickets: tickets.length,
    passes: engineOnly.passes,
    kbWaitShareOfLive: liveTotalMs > 0 ? waited.ms / liveTotalMs : 0,
    ops: ops.map((op) => ({
      name: op.name,
      cpuUs: summarizeSamples(engineOnly.cpu.get(op.name) ?? []),
      wallUs: summarizeSamples((engineOnly.wall.get(op.name) ?? []).map((ms) => ms * 1000)),
      withD1Ms: summarizeSamples(withD1.wall.get(op.name) ?? []),
    })),
  }
}
