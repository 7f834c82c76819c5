import { ticketText, type Ticket } from '@deskmate/shared'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import type { Tenant } from '../../src/db/tenants-repo.ts'
import { composeDraft } from '../../src/engines/local/draft/compose-draft.ts'
import { createLocalEngine } from '../../src/engines/local/create-local-engine.ts'
import { htmlToText } from '../../src/helpdesks/html-to-text.ts'
import { formatCustomerMessage } from '../../src/llm/prompts/customer-message.ts'
import { analyzeTicket } from '../../src/services/analyze-ticket.ts'
import { parseMarkdownArticles } from '../../src/services/kb-import/parse-markdown.ts'
import { resolveSettings } from '../../src/services/tenant-settings.ts'
import { HOSTILE_INPUTS, ordinaryText } from './hostile-inputs.ts'
import { recordKb, replayKb, type KbTape } from './replay-kb.ts'
import type { BenchD1 } from './start-bench-worker.ts'

/** CPU of one operation on one input: per call and per KB of input (medians, µs). */
export type HostileRow = { input: string; op: string; kb: number; cpuUs: number; cpuUsPerKb: number }

/** Hostile inputs next to ordinary text of the same size, and the demo tickets themselves. */
export type HostileCpu = { rows: HostileRow[]; demoTicketsUsPerKb: number; runs: number }

type Op = { name: string; bytes: number; run: (text: string) => Promise<unknown> | unknown }

const TICKET_BYTES = [10_000, 100_000]
const PASTE_BYTES = 200_000

const cpuOf = async (run: () => Promise<unknown> | unknown, runs: number): Promise<number> => {
  await run()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage()
    await run()
    const used = process.cpuUsage(cpu)
    samples.push(used.user + used.system)
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number
}

/**
 * Times the code that reads customer or article text on hostile input (µs of process CPU per KB): analysis with
 * the policy (tickets of 10 and 100 KB, the body limit), the Claude prompt (PII redaction), a 200 KB Help Center
 * article (HTML to text), a 200 KB Markdown import and a draft from a 200 KB article. KB answers are replayed.
 */
export const measureHostileCpu = async (
  db: BenchD1,
  tenant: Tenant,
  demoTickets: readonly Ticket[],
  runs: number,
): Promise<HostileCpu> => {
  const settings = resolveSettings(tenant, false)
  const usage = { autoRepliesToday: 0, llmTokensToday: 0 }
  const tape: KbTape = new Map()
  const live = createKbRepo(db as Parameters<typeof createKbRepo>[0], tenant.id)
  const engineOn = (kb: typeof live) => createLocalEngine({ kb, models: {}, categories: settings.categories })
  const recording = engineOn(recordKb(live, tape, { ms: 0 }))
  const replaying = engineOn(replayKb(tape))
  const ticketOf = (body: string): Ticket => ({ subject: 'Help', body, channel: 'email' }) as Ticket
  const recorded = new Set<string>()
  const analyze = async (body: string) => {
    // The first call on a text records the KB's answers; every timed call replays them.
    if (!recorded.has(body)) {
      await analyzeTicket(ticketOf(body), { engine: recording, settings, usage })
      recorded.add(body)
    }
    return analyzeTicket(ticketOf(body), { engine: replaying, settings, usage })
  }
  const ops: Op[] = [
    ...TICKET_BYTES.map((bytes) => ({ name: 'analyze request (+ policy)', bytes, run: analyze })),
    {
      name: 'Claude prompt (PII redaction)',
      bytes: TICKET_BYTES[1] as number,
      run: (body: string) => formatCustomerMessage({ subject: 'Help', body }),
    },
    { name: 'Help Center article: HTML to text', bytes: PASTE_BYTES, run: htmlToText },
    {
      name: 'Markdown KB import (parse)',
      bytes: PASTE_BYTES,
      run: (text: string) => parseMarkdownArticles(`---\nid: a\nlocale: en\n---\n# Title\n${text}`),
    },
    {
      name: 'local draft from the article',
      bytes: PASTE_BYTES,
      run: (text: string) =>
        composeDraft({
          ticket: ticketOf('Help'),
          articles: [{ id: 'a', title: 'Article', body: text, url: null, locale: 'en' }],
          tone: 'friendly',
          language: 'en',
        } as Parameters<typeof composeDraft>[0]),
    },
  ]
  // Every operation runs a few times on ordinary text first, so the first rows do not pay for compilation.
  for (const op of ops) for (let i = 0; i < 3; i++) await op.run(ordinaryText(op.bytes))
  const rows: HostileRow[] = []
  for (const op of ops) {
    for (const input of [...HOSTILE_INPUTS, { name: 'ordinary text', build: ordinaryText }]) {
      const text = input.build(op.bytes)
      const cpuUs = await cpuOf(() => op.run(text), runs)
      const kb = text.length / 1024
      rows.push({ input: input.name, op: op.name, kb, cpuUs, cpuUsPerKb: cpuUs / kb })
    }
  }
  const demoKb = demoTickets.reduce((sum, t) => sum + ticketText(t).length, 0) / 1024
  let demoUs = 0
  for (const ticket of demoTickets) demoUs += await cpuOf(() => analyze(ticket.body), runs)
  return { rows, demoTicketsUsPerKb: demoUs / demoKb, runs }
}
