/** A customer's answer to the satisfaction survey of a demo ticket. */
export type DemoRating = {
  id: number
  ticketId: number
  /** Whether the customer answered, and how. */
  score: 'good' | 'bad' | 'offered'
  createdAt: string
}

/** The demo history's tickets (scripts/dev/demo-history.ts): ticket 5000 + i, decided i × 3 h + 1 h ago. */
const DEMO_TICKETS = 240
const FIRST_TICKET = 5000
const HOURS_APART = 3
/** The demo history decides ticket i with an automatic reply when i % 8 is one of these. */
const AUTO_REPLIED = new Set([1, 2, 3, 4, 7])

/**
 * The satisfaction ratings both simulators serve for the demo history: a third of its tickets rated half an
 * hour after their decision, auto-answered ones mostly good (about 9 in 10), the agents' about 3 in 4, and a few
 * surveys offered but not answered. Ids and scores are fixed; times follow `anchor` (the simulator's start).
 * @example demoRatings(new Date())[0] // { id: 700000, ticketId: 5000, score: 'bad', createdAt: '…' }
 */
export const demoRatings = (anchor: Date): DemoRating[] => {
  const ratings: DemoRating[] = []
  for (let i = 0; i < DEMO_TICKETS; i++) {
    const isRated = i % 3 === 0
    const isOffered = i % 3 === 1 && i % 7 === 0
    if (!isRated && !isOffered) continue
    const isGood = AUTO_REPLIED.has(i % 8) ? i % 10 !== 9 : i % 4 !== 0
    const decidedAt = anchor.getTime() - (i * HOURS_APART + 1) * 3_600_000
    ratings.push({
      id: 700_000 + i,
      ticketId: FIRST_TICKET + i,
      score: isOffered ? 'offered' : isGood ? 'good' : 'bad',
      createdAt: new Date(decidedAt + 1_800_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    })
  }
  return ratings.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}
