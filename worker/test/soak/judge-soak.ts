import { DELIVERY_KINDS, EXPECTED_STATUS, type DeliveryKind } from './delivery-mix.ts'

/** One delivery as sent and answered; `ticket` names the ticket it is about (`account/id`). */
export type SentDelivery = { kind: DeliveryKind; status: number; ticket: string | null }

/** What the helpdesk and the audit show for one ticket after the soak. */
export type TicketOutcome = {
  ticket: string
  /** Comments written by Deskmate (public replies and internal notes). */
  deskmateComments: number
  publicReplies: number
  /** Deskmate's outcome tags on the ticket (auto-replied, draft-noted, escalated). */
  outcomeTags: string[]
  /** Audit entries for the ticket; null when the audit was not read. */
  auditEntries: number | null
}

/** The soak's figures. */
export type SoakFigures = {
  deliveries: number
  byKind: Record<DeliveryKind, { sent: number; statuses: Record<string, number> }>
  validTickets: number
  withOneOutcome: number
  lost: number
  doublePublicReplies: number
  severalOutcomes: number
  serverErrors: number
  unexpectedStatuses: number
  outcomes: Record<string, number>
}

/** Figures and every violation found (empty when the pipeline held). */
export type SoakVerdict = { figures: SoakFigures; violations: string[] }

const MAX_LISTED = 20

/**
 * Checks a soak: every delivery got the status its kind calls for and none a 5xx; every valid ticket (a new
 * ticket the Worker accepted) has exactly one outcome (one Deskmate comment, one outcome tag, one audit
 * entry), none is lost, none has two public replies.
 */
export const judgeSoak = (sent: SentDelivery[], outcomes: TicketOutcome[]): SoakVerdict => {
  const violations: string[] = []
  const note = (text: string) => void (violations.length < MAX_LISTED && violations.push(text))
  const byKind = Object.fromEntries(
    DELIVERY_KINDS.map((k) => [k, { sent: 0, statuses: {} }]),
  ) as SoakFigures['byKind']
  let serverErrors = 0
  let unexpectedStatuses = 0
  for (const delivery of sent) {
    const entry = byKind[delivery.kind]
    entry.sent++
    entry.statuses[delivery.status] = (entry.statuses[delivery.status] ?? 0) + 1
    if (delivery.status >= 500) serverErrors++
    if (delivery.status !== EXPECTED_STATUS[delivery.kind]) {
      unexpectedStatuses++
      note(`${delivery.kind} delivery for ${delivery.ticket ?? '-'} answered ${delivery.status}`)
    }
  }
  const valid = new Set(
    sent.flatMap((d) => (d.kind === 'new' && d.status === 202 && d.ticket !== null ? [d.ticket] : [])),
  )
  const counts = { withOneOutcome: 0, lost: 0, doublePublicReplies: 0, severalOutcomes: 0 }
  const tally: Record<string, number> = {}
  for (const outcome of outcomes.filter((o) => valid.has(o.ticket))) {
    const isLost = outcome.deskmateComments === 0 && outcome.outcomeTags.length === 0
    const isOne =
      outcome.deskmateComments === 1 &&
      outcome.outcomeTags.length === 1 &&
      (outcome.auditEntries === null || outcome.auditEntries === 1)
    if (isOne) counts.withOneOutcome++
    if (isLost) {
      counts.lost++
      note(`ticket ${outcome.ticket} has no outcome`)
    } else if (!isOne) {
      counts.severalOutcomes++
      note(
        `ticket ${outcome.ticket}: ${outcome.deskmateComments} comments, tags [${outcome.outcomeTags.join(' ')}], ${outcome.auditEntries ?? '?'} audit entries`,
      )
    }
    if (outcome.publicReplies > 1) {
      counts.doublePublicReplies++
      note(`ticket ${outcome.ticket} has ${outcome.publicReplies} public replies`)
    }
    for (const tag of outcome.outcomeTags) tally[tag] = (tally[tag] ?? 0) + 1
  }
  const checked = new Set(outcomes.map((o) => o.ticket))
  const missing = [...valid].filter((t) => !checked.has(t))
  for (const ticket of missing) note(`ticket ${ticket} was not checked`)
  if (serverErrors > 0) note(`${serverErrors} deliveries answered 5xx`)
  return {
    figures: {
      deliveries: sent.length,
      byKind,
      validTickets: valid.size,
      ...counts,
      lost: counts.lost + missing.length,
      serverErrors,
      unexpectedStatuses,
      outcomes: tally,
    },
    // Only the first MAX_LISTED are listed; any violation lists at least one.
    violations,
  }
}
