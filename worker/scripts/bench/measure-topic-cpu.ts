/**
 * The local engine's CPU per demo ticket (the same measurement `npm run bench` makes, without starting the
 * Worker), plus the sensitive-topic finder on its own. Run under the CPU lock:
 * `flock /tmp/deskmate-cpu.lock npx tsx worker/scripts/bench/measure-topic-cpu.ts`
 */
import { join } from 'node:path'
import { ticketText } from '@deskmate/shared'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { findSensitiveTopics } from '../../src/engines/local/topics/find-sensitive-topics.ts'
import { openD1 } from '../lib/open-d1.ts'
import { WORKER_DIR, loadBenchArticles, loadBenchTickets } from './bench-inputs.ts'
import { measureEngineCpu } from './measure-engine-cpu.ts'
import { BENCH_TENANT_RECORD, type BenchD1 } from './start-bench-worker.ts'
import { summarizeSamples } from './summarize-samples.ts'

const PASSES = 300

const { db, dispose } = await openD1(join(WORKER_DIR, 'migrations'))
try {
  const kb = createKbRepo(db, BENCH_TENANT_RECORD.id)
  const articles = loadBenchArticles()
  for (let i = 0; i < articles.length; i += 50) await kb.upsertArticles(articles.slice(i, i + 50))
  const tickets = loadBenchTickets()
  // openD1 hands out the same Miniflare D1 proxy the bench Worker's database is.
  const engine = await measureEngineCpu(db as unknown as BenchD1, BENCH_TENANT_RECORD, tickets, {
    warmupPasses: 5,
    measureMs: 8_000,
    maxPasses: 500,
    livePasses: 2,
  })
  for (const op of engine.ops) console.log(JSON.stringify({ op: op.name, cpuUs: op.cpuUs }))
  const texts = tickets.map((ticket) => ticketText(ticket))
  for (const text of texts) findSensitiveTopics(text)
  const samples: number[] = []
  for (let pass = 0; pass < PASSES; pass++)
    for (const text of texts) {
      const start = process.cpuUsage()
      findSensitiveTopics(text)
      const used = process.cpuUsage(start)
      samples.push(used.user + used.system)
    }
  console.log(JSON.stringify({ op: 'findSensitiveTopics', cpuUs: summarizeSamples(samples) }))
} finally {
  await dispose()
}
