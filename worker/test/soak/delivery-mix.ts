// No Node imports: the Worker's small soak test (workerd) and `npm run soak` (Node) both use this file.
import { signZendeskPayload } from '../../src/helpdesks/zendesk/verify-signature.ts'

/** What one webhook delivery of a soak is. */
export const DELIVERY_KINDS = ['new', 'duplicate', 'bad_signature', 'malformed', 'replay'] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/** The status the Worker must answer each kind with (anything 5xx is a failure whatever the kind). */
export const EXPECTED_STATUS: Record<DeliveryKind, number> = {
  new: 202,
  duplicate: 202,
  bad_signature: 401,
  malformed: 400,
  replay: 409,
}

/** Shares of the deliveries (the rest are new tickets) and of new tickets that meet a helpdesk fault. */
export type SoakMix = {
  duplicates: number
  badSignatures: number
  malformed: number
  replays: number
  helpdeskFaults: number
}

/** The mix of the issue: 10 % duplicates, 5 % bad signatures, 2 % malformed, 1 % replays, 10 % faults. */
export const DEFAULT_MIX: SoakMix = {
  duplicates: 0.1,
  badSignatures: 0.05,
  malformed: 0.02,
  replays: 0.01,
  helpdeskFaults: 0.1,
}

/**
 * The kind of each delivery, drawn with `random`; a duplicate or replay needs an earlier new ticket, so the
 * first delivery is always a new ticket.
 */
export const planDeliveries = (count: number, mix: SoakMix, random: () => number): DeliveryKind[] => {
  const kinds: DeliveryKind[] = []
  const bounds: Array<[number, DeliveryKind]> = []
  let total = 0
  for (const [share, kind] of [
    [mix.duplicates, 'duplicate'],
    [mix.badSignatures, 'bad_signature'],
    [mix.malformed, 'malformed'],
    [mix.replays, 'replay'],
  ] as const) {
    total += share
    bounds.push([total, kind])
  }
  for (let i = 0; i < count; i++) {
    const draw = random()
    const kind = bounds.find(([bound]) => draw < bound)?.[1] ?? 'new'
    kinds.push(i === 0 && (kind === 'duplicate' || kind === 'replay') ? 'new' : kind)
  }
  return kinds
}

/** A fault the simulator injects into the API calls about one ticket (its control API's shape). */
export type HelpdeskFault = {
  method?: string
  path: string
  status?: number
  retryAfter?: number
  delayMs?: number
  times: number
}

/**
 * A helpdesk fault for a new ticket, or null: 429 with Retry-After, 503 on the read or the write, a slow read,
 * or (unless `lateMs` is null) a write that Zendesk applies but answers only after `lateMs`, past the Worker's
 * timeout.
 */
export const pickFault = (
  ticketId: number,
  mix: SoakMix,
  random: () => number,
  lateMs: number | null,
): HelpdeskFault | null => {
  if (random() >= mix.helpdeskFaults) return null
  const path = `/tickets/${ticketId}\\.json`
  const faults: HelpdeskFault[] = [
    { method: 'GET', path, status: 429, retryAfter: 1, times: 1 },
    { method: 'GET', path, status: 503, times: 2 },
    { method: 'PUT', path, status: 503, times: 1 },
    { method: 'PUT', path, status: 429, retryAfter: 1, times: 1 },
    { method: 'GET', path, delayMs: 1_500, times: 1 },
    ...(lateMs === null ? [] : [{ method: 'PUT', path, delayMs: lateMs, times: 1 }]),
  ]
  return faults[Math.floor(random() * faults.length)] ?? null
}

/** A webhook request as Zendesk sends it. */
export type Delivery = { headers: Record<string, string>; body: string }

/** The trigger's body for a new ticket (TRIGGER_BODY_TEMPLATE rendered as Zendesk renders it). */
export const triggerBody = (account: string, ticketId: number): string =>
  JSON.stringify({
    ticket_id: String(ticketId),
    ticket_url: `${account}.zendesk.com/agent/tickets/${ticketId}`,
    event: 'ticket_created',
  })

/** A delivery signed with the installation's secret at `sentAt` (whole seconds, as Zendesk sends). */
export const signDelivery = async (body: string, secret: string, sentAt: Date): Promise<Delivery> => {
  const timestamp = sentAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': await signZendeskPayload(secret, timestamp, body),
    },
  }
}

/** The same delivery with a signature that does not match (one character changed). */
export const withBadSignature = (delivery: Delivery): Delivery => {
  const signature = delivery.headers['x-zendesk-webhook-signature'] ?? ''
  const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)
  return { ...delivery, headers: { ...delivery.headers, 'x-zendesk-webhook-signature': flipped } }
}

const MALFORMED_BODIES = ['{"ticket_id":', 'not json', '[]', '{"ticket_id":"abc","ticket_url":"x"}', '{}']

/** A delivery whose body is not a ticket event (truncated JSON, wrong shapes), signed or not. */
export const malformedDelivery = async (secret: string, sentAt: Date, random: () => number) => {
  const body = MALFORMED_BODIES[Math.floor(random() * MALFORMED_BODIES.length)] ?? 'not json'
  return signDelivery(body, secret, sentAt)
}
