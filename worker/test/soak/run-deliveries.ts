// No Node imports: the Worker's small soak test (workerd) and `npm run soak` (Node) both use this file.
import {
  malformedDelivery,
  pickFault,
  planDeliveries,
  signDelivery,
  triggerBody,
  withBadSignature,
  type Delivery,
  type DeliveryKind,
  type HelpdeskFault,
  type SoakMix,
} from './delivery-mix.ts'
import type { SentDelivery } from './judge-soak.ts'

/** A helpdesk account of the soak: its webhook secret and how to create tickets and faults in it. */
export type SoakAccount = {
  account: string
  webhookSecret: string
  createTicket(input: {
    subject: string
    body: string
    requester: { email: string }
  }): Promise<{ id: number }>
  fault(fault: HelpdeskFault): Promise<unknown>
}

/** A ticket the soak created, with its first (original) delivery. */
export type SoakTicket = { account: SoakAccount; id: number; key: string; first: Delivery; copies: number }

/** How a soak sends: to which accounts, through what, how many at once. */
export type SoakDriver = {
  accounts: SoakAccount[]
  /** Sends a delivery to the Worker's webhook and returns the status. */
  send(delivery: Delivery): Promise<number>
  /**
   * The delay of a write Zendesk applies but answers late (longer than the Worker's helpdesk timeout); null
   * leaves such writes out (each one holds a local queue batch for the whole timeout).
   */
  lateWriteMs: number | null
  concurrency: number
  /** Stops sending (the time bound). */
  shouldStop?: () => boolean
  onSent?: (count: number) => void
}

const SUBJECTS = [
  ['Forgot my password', 'I forgot my password and cannot log in. How do I reset it?'],
  ['Invoices', 'Where can I download my invoices for last month?'],
  ['Charged twice', 'You charged my card twice. Refund the duplicate or I call my lawyer.'],
  ['App crashes', 'The app crashes when I open the calendar on my phone.'],
  ['Passwort vergessen', 'Ich habe mein Passwort vergessen. Wie setze ich es zurück?'],
] as const

type Planned = { kind: DeliveryKind; delivery: Delivery; ticket: SoakTicket | null }

// A replay re-sends a recent delivery Deskmate already accepted: older ones fail the five-minute signature
// freshness check first. (Two identical requests in flight at once are one accepted, one refused, in either order.)
const RECENT = 30

/**
 * Sends `count` deliveries with the mix's duplicates, bad signatures, malformed bodies, replays and helpdesk
 * faults, `concurrency` at a time; every new ticket is created in its account before its delivery is sent.
 */
export const runDeliveries = async (
  count: number,
  mix: SoakMix,
  random: () => number,
  driver: SoakDriver,
): Promise<{ sent: SentDelivery[]; tickets: SoakTicket[] }> => {
  const kinds = planDeliveries(count, mix, random)
  const sent: SentDelivery[] = []
  const tickets: SoakTicket[] = []
  const accepted: SoakTicket[] = []
  const pick = (within: number) => tickets[tickets.length - 1 - Math.floor(random() * within)]
  let next = 0

  const deliveryFor = async (i: number): Promise<Planned> => {
    const kind = kinds[i]
    const earlier = tickets.length > 0 ? pick(tickets.length) : undefined
    if (kind === 'new' || !earlier || (kind === 'replay' && accepted.length === 0)) {
      const account = driver.accounts[i % driver.accounts.length] as SoakAccount
      const [subject, body] = SUBJECTS[Math.floor(random() * SUBJECTS.length)] as (typeof SUBJECTS)[number]
      const created = await account.createTicket({
        subject,
        body,
        requester: { email: `soak${i}@example.com` },
      })
      const fault = pickFault(created.id, mix, random, driver.lateWriteMs)
      if (fault) await account.fault(fault)
      const delivery = await signDelivery(
        triggerBody(account.account, created.id),
        account.webhookSecret,
        new Date(),
      )
      const ticket = {
        account,
        id: created.id,
        key: `${account.account}/${created.id}`,
        first: delivery,
        copies: 0,
      }
      tickets.push(ticket)
      // A duplicate or replay planned before any ticket existed (or was accepted) is sent as a new ticket.
      return { kind: 'new', delivery, ticket }
    }
    const { body } = earlier.first
    if (kind === 'duplicate') {
      // Zendesk invoking the webhook again for the same ticket: a new delivery, with a later timestamp.
      const sentAt = new Date(Date.now() + ++earlier.copies * 2_000)
      return {
        kind,
        delivery: await signDelivery(body, earlier.account.webhookSecret, sentAt),
        ticket: earlier,
      }
    }
    if (kind === 'replay') {
      const recent = accepted[accepted.length - 1 - Math.floor(random() * Math.min(RECENT, accepted.length))]
      const copied = recent ?? earlier
      return { kind, delivery: copied.first, ticket: copied }
    }
    if (kind === 'bad_signature') {
      const signed = await signDelivery(body, earlier.account.webhookSecret, new Date())
      return { kind, delivery: withBadSignature(signed), ticket: earlier }
    }
    const malformed = await malformedDelivery(earlier.account.webhookSecret, new Date(), random)
    return { kind: 'malformed', delivery: malformed, ticket: null }
  }

  const worker = async (): Promise<void> => {
    while (next < kinds.length && !driver.shouldStop?.()) {
      const i = next++
      const { kind, delivery, ticket } = await deliveryFor(i)
      const status = await driver.send(delivery)
      if (kind === 'new' && ticket && status === 202) accepted.push(ticket)
      sent.push({ kind, status, ticket: ticket?.key ?? null })
      driver.onSent?.(sent.length)
    }
  }
  await Promise.all(Array.from({ length: driver.concurrency }, worker))
  return { sent, tickets }
}
