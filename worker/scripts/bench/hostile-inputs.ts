/** A hostile text: what it is and how to build one of about `bytes` characters. */
export type HostileInput = { name: string; build: (bytes: number) => string }

const fill = (unit: string, bytes: number): string =>
  unit.repeat(Math.max(1, Math.floor(bytes / unit.length)))

/** The inputs that made patterns backtrack: long blank runs, `a@a@…`, `<<<<`, unterminated tags, no sentence end. */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: '"error" then blanks', build: (bytes) => `error${' '.repeat(bytes - 5)}` },
  { name: 'a@a@a@…', build: (bytes) => fill('a@', bytes) },
  { name: '<<<<…', build: (bytes) => fill('<', bytes) },
  { name: 'unterminated tags <a<a…', build: (bytes) => fill('<a', bytes) },
  { name: 'no sentence end (words)', build: (bytes) => fill('word ', bytes) },
  { name: 'unclosed <script and ** marks', build: (bytes) => fill('<script **x ', bytes) },
  { name: 'digits and dots 1.1.1.…', build: (bytes) => fill('1.', bytes) },
]

/** A realistic ticket paragraph repeated: the same length of ordinary text, for comparison. */
export const ordinaryText = (bytes: number): string =>
  fill(
    'Hello, my invoice INV-2041 shows a double charge since the update to v4.2.1. Order #48213 was ' +
      'placed on 2026-11-02 and support@example.com never answered. Error SYNC-409 appears when I export. ',
    bytes,
  )
