import type { SoakRun } from './run-soak.ts'
import type { SoakOptions } from './soak-options.ts'

const percent = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)} %`

/** The soak's figures and verdict as the report prints them. */
export const formatSoak = (options: SoakOptions, run: SoakRun): string => {
  const f = run.figures
  const lines = [
    `Soak: ${f.deliveries} deliveries (asked ${options.deliveries}), ${options.tenants} accounts, seed ${options.seed}`,
    `Time: setup ${run.seconds.setup} s, sending ${run.seconds.sending} s, until every outcome ${run.seconds.draining} s`,
    '',
    'delivery kind    sent   share   answers',
  ]
  for (const [kind, entry] of Object.entries(f.byKind)) {
    const answers = Object.entries(entry.statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ')
    lines.push(
      `${kind.padEnd(15)} ${String(entry.sent).padStart(6)}  ${percent(entry.sent, f.deliveries).padStart(7)}   ${answers}`,
    )
  }
  lines.push(
    '',
    `Valid tickets: ${f.validTickets}; exactly one outcome: ${f.withOneOutcome}; lost: ${f.lost}; ` +
      `several outcomes: ${f.severalOutcomes}; two public replies: ${f.doublePublicReplies}`,
    `Outcomes: ${Object.entries(f.outcomes)
      .map(([tag, n]) => `${tag} ${n}`)
      .join(', ')}`,
    `Ticket events: ${Object.entries(run.events)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}`,
    `5xx answers: ${f.serverErrors}; unexpected statuses: ${f.unexpectedStatuses}`,
    `LLM: ${run.llm.messages} messages, ${run.llm.failures} failed (${percent(run.llm.failures, run.llm.messages)})`,
    '',
    run.violations.length === 0
      ? 'PASS: no violation'
      : `FAIL: ${run.violations.length} violation(s) listed:`,
    ...run.violations.map((v) => `  - ${v}`),
  )
  return lines.join('\n')
}
