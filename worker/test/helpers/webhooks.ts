import { signZendeskPayload } from '../../src/helpdesks/zendesk/verify-signature.ts'

/** Zendesk's signature timestamp (seconds, UTC), `offsetMs` from now. */
export const zendeskTimestamp = (offsetMs = 0): string =>
  new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The body of Deskmate's Zendesk trigger for a new ticket. */
export const triggerBody = (account: string, ticketId: number | string): string =>
  JSON.stringify({
    ticket_id: String(ticketId),
    ticket_url: `${account}.zendesk.com/agent/tickets/${ticketId}`,
    event: 'ticket_created',
  })

/** A delivery of the trigger for `ticketId`, signed as Zendesk signs it. */
export const signedDelivery = async (
  secret: string,
  account: string,
  ticketId: number | string,
): Promise<{ headers: Record<string, string>; body: string }> => {
  const body = triggerBody(account, ticketId)
  const timestamp = zendeskTimestamp()
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'X-Zendesk-Webhook-Signature-Timestamp': timestamp,
      'X-Zendesk-Webhook-Signature': await signZendeskPayload(secret, timestamp, body),
    },
  }
}
