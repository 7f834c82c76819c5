import type { HostileCpu } from './measure-hostile-cpu.ts'

const fixed = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

/** The hostile-input section: CPU per call and per KB of each operation on each input, beside ordinary text. */
export const formatHostile = (hostile: HostileCpu | null): string => {
  if (!hostile) return 'not measured'
  const ops = [...new Set(hostile.rows.map((row) => `${row.op} (${fixed(row.kb)} KB)`))]
  const inputs = [...new Set(hostile.rows.map((row) => row.input))]
  const cell = (op: string, input: string): string => {
    const row = hostile.rows.find((r) => `${r.op} (${fixed(r.kb)} KB)` === op && r.input === input)
    return row ? `${fixed(row.cpuUs / 1000, 2)} ms (${fixed(row.cpuUsPerKb)} µs/KB)` : ''
  }
  const head = ['operation', ...inputs.map((input) => `\`${input}\``)]
  const rows = ops.map((op) => [op, ...inputs.map((input) => cell(op, input))])
  return [
    [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'),
    `Median process CPU of ${hostile.runs} calls each, in Node; KB answers replayed. The demo tickets cost ` +
      `${fixed(hostile.demoTicketsUsPerKb)} µs of CPU per KB in the same analysis.`,
  ].join('\n')
}
