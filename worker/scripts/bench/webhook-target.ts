import { createHmac } from 'node:crypto'
import type { LoadTarget } from './run-load.ts'

/** One Zendesk account the intake load signs for. */
export type SigningAccount = { account: string; webhookSecret: string }

/** Zendesk's timestamp format (seconds, UTC). */
const zendeskTimestamp = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A trigger body as Deskmate's Zendesk trigger sends it. */
export const triggerBody = (account: string, ticketId: number): string =>
  JSON.stringify({
    ticket_id: String(ticketId),
    ticket_url: `${account}.zendesk.com/agent/tickets/${ticketId}`,
    event: 'ticket_created',
  })

/** The headers Zendesk signs a delivery with: base64 HMAC-SHA256 of timestamp + body. */
export const signDelivery = (secret: string, body: string): Record<string, string> => {
  const timestamp = zendeskTimestamp()
  return {
    'X-Zendesk-Webhook-Signature-Timestamp': timestamp,
    'X-Zendesk-Webhook-Signature': createHmac('sha256', secret)
      .update(timestamp + body)
      .digest('base64'),
  }
}

/**
 * `POST /v1/webhooks/zendesk` with a valid, fresh signature and a ticket id never sent before on every request,
 * so each one is a new delivery (no replay answers) for the accounts in turn.
 */
export const webhookTarget = (
  name: string,
  accounts: readonly SigningAccount[],
  firstTicketId: number,
): LoadTarget => {
  let ticketId = firstTicketId
  return {
    name,
    method: 'POST',
    path: '/v1/webhooks/zendesk',
    nextRequest: () => {
      const id = ticketId++
      const signer = accounts[id % accounts.length] as SigningAccount
      const body = triggerBody(signer.account, id)
      return { body, headers: signDelivery(signer.webhookSecret, body) }
    },
    check: (status, body) =>
      status === 202 && body.includes('"accepted":true') ? null : `HTTP ${status}: ${body.slice(0, 200)}`,
  }
}
