import { createRandom } from '../../src/engines/local/classifier/random.ts'

/** Deterministic stratified split: about `testShare` of each label goes to the test side. */
export const splitStratified = <T>(
  rows: T[],
  labelOf: (row: T) => string,
  testShare = 0.2,
  seed = 20_240_601,
): { train: T[]; test: T[] } => {
  const random = createRandom(seed)
  const byLabel = new Map<string, T[]>()
  for (const row of rows) {
    const group = byLabel.get(labelOf(row)) ?? []
    group.push(row)
    byLabel.set(labelOf(row), group)
  }
  const train: T[] = []
  const test: T[] = []
  for (const group of byLabel.values()) {
    const shuffled = group.map((row) => ({ row, key: random() })).sort((a, b) => a.key - b.key)
    const cut = Math.round(shuffled.length * testShare)
    shuffled.forEach(({ row }, i) => (i < cut ? test : train).push(row))
  }
  return { train, test }
}

/** Deterministic stratified k folds: each row lands in exactly one fold. */
export const foldStratified = <T>(rows: T[], labelOf: (row: T) => string, k: number, seed = 11): T[][] => {
  const random = createRandom(seed)
  const folds: T[][] = Array.from({ length: k }, () => [])
  const byLabel = new Map<string, T[]>()
  for (const row of rows) {
    const group = byLabel.get(labelOf(row)) ?? []
    group.push(row)
    byLabel.set(labelOf(row), group)
  }
  let next = 0
  for (const group of byLabel.values()) {
    for (const { row } of group.map((row) => ({ row, key: random() })).sort((a, b) => a.key - b.key)) {
      ;(folds[next % k] as T[]).push(row)
      next++
    }
  }
  return folds
}
