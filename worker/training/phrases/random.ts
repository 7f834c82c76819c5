import { createRandom as createSeededRandom } from '../../src/engines/local/classifier/random.ts'

/** A seeded pseudo-random source, so the generated file is identical on every run. */
export type Random = {
  next: () => number
  pick: <T>(items: readonly T[]) => T
  chance: (probability: number) => boolean
  shuffle: <T>(items: readonly T[]) => T[]
}

/** The classifier's seeded PRNG (mulberry32) with the helpers the generator needs. */
export const createRandom = (seed: number): Random => {
  const next = createSeededRandom(seed)
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('Cannot pick from an empty list')
    return item
  }
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
    }
    return copy
  }
  return { next, pick, chance: (p) => next() < p, shuffle }
}

/**
 * Makes a ticket read like a hurried one: lowercase, fewer apostrophes and one swapped letter pair,
 * because real tickets are rarely proofread and the classifier must not depend on tidy text.
 */
export const roughenText = (text: string, random: Random): string => {
  const lowered = text.toLowerCase().replace(/[’']/g, '')
  const words = lowered.split(' ')
  const candidates = words.map((w, i) => (/^[a-z]{6,}$/.test(w) ? i : -1)).filter((i) => i >= 0)
  if (candidates.length === 0) return lowered
  const index = random.pick(candidates)
  const word = words[index] ?? ''
  const at = 1 + Math.floor(random.next() * (word.length - 3))
  words[index] = word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
  return words.join(' ')
}
