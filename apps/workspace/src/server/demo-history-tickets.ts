import {
  DEMO_GAP_SUBJECTS,
  DEMO_HISTORY_CATEGORIES,
  DEMO_SOLVED_TEXTS,
  type DemoHistoryCategory,
} from './demo-history-content.ts'

/** Decisions per day and days of demo history each demo tenant starts with (its audit rows). */
export const DEMO_HISTORY_PER_DAY = 8
export const DEMO_HISTORY_DAYS = 30

const HOUR_MS = 3_600_000

/** When the i-th demo decision (newest first) was made: an hour ago, then one every 24 / PER_DAY hours. */
export const demoDecisionAt = (now: Date, i: number): Date =>
  new Date(now.getTime() - (i * Math.floor(86_400 / DEMO_HISTORY_PER_DAY) + 3_600) * 1000)

/** The category of the i-th demo decision. */
export const demoDecisionCategory = (i: number): DemoHistoryCategory =>
  DEMO_HISTORY_CATEGORIES[i % DEMO_HISTORY_CATEGORIES.length] ?? 'billing'

/** The ticket the i-th demo decision is about. */
export const demoDecisionTicketId = (i: number): number => 5000 + i

/** The i-th knowledge-gap ticket's id and arrival (every 90 minutes back from now). */
export const demoGapTicketId = (i: number): number => 9001 + i
export const demoGapCreatedAt = (now: Date, i: number): Date =>
  new Date(now.getTime() - (i + 1) * 1.5 * HOUR_MS)

/** A ticket of the demo history, helpdesk-neutral: each helpdesk's demo maps it into its own simulator. */
export type DemoHistoryTicket = {
  id: number
  subject: string
  body: string
  /** The category an agent filed it under (null: none, e.g. a knowledge gap still open). */
  category: DemoHistoryCategory | null
  createdAt: string
  agentReply: string | null
  solved: boolean
}

/**
 * The tickets behind the demo history: the latest decisions' tickets, solved with an agent's reply (the ids,
 * times and categories the audit rows name), and the open knowledge-gap tickets no article answered.
 */
export const demoHistoryTickets = (now: Date): DemoHistoryTicket[] => {
  const perCategory = Math.min(...DEMO_HISTORY_CATEGORIES.map((c) => DEMO_SOLVED_TEXTS[c].length))
  const solved = Array.from({ length: perCategory * DEMO_HISTORY_CATEGORIES.length }, (_, i) => {
    const category = demoDecisionCategory(i)
    const text = DEMO_SOLVED_TEXTS[category][Math.floor(i / DEMO_HISTORY_CATEGORIES.length)]
    return {
      id: demoDecisionTicketId(i),
      subject: text?.subject ?? '',
      body: text?.body ?? '',
      category,
      createdAt: demoDecisionAt(now, i).toISOString(),
      agentReply: text?.agentReply ?? null,
      solved: true,
    }
  })
  const gaps = DEMO_GAP_SUBJECTS.map((subject, i) => ({
    id: demoGapTicketId(i),
    subject,
    body: `${subject}? Thanks in advance.`,
    category: null,
    createdAt: demoGapCreatedAt(now, i).toISOString(),
    agentReply: null,
    solved: false,
  }))
  return [...solved, ...gaps]
}
