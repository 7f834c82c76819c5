import { AppError } from '@deskmate/shared'
import { importHmacKey, type WebhookSecret } from '../../crypto/hmac-key.ts'
import { sha256Hex, timingSafeEqualText } from '../../crypto/timing-safe.ts'
import type { VerifiedDelivery } from '../adapter.ts'

/** Zendesk's signature headers. */
export const SIGNATURE_HEADER = 'X-Zendesk-Webhook-Signature'
export const TIMESTAMP_HEADER = 'X-Zendesk-Webhook-Signature-Timestamp'

/** Deliveries older (or further in the future) than this are refused. */
export const MAX_SIGNATURE_AGE_SEC = 5 * 60

const encoder = new TextEncoder()

const toBase64 = (bytes: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(bytes)))

/**
 * Zendesk's signature: base64(HMAC-SHA256(key = signing secret, message = timestamp header + raw body)).
 * @example await signZendeskPayload(secret, '2021-07-25T10:00:00Z', '{"ticket_id":"1"}')
 */
export const signZendeskPayload = async (
  secret: string | CryptoKey,
  timestamp: string,
  rawBody: string,
): Promise<string> => {
  const key = typeof secret === 'string' ? await importHmacKey(secret) : secret
  return toBase64(await crypto.subtle.sign('HMAC', key, encoder.encode(timestamp + rawBody)))
}

const invalid = (message: string): AppError => new AppError('webhook_signature_invalid', message)

/**
 * Verifies a Zendesk webhook in constant time and refuses stale or future timestamps, with the secret's HMAC key
 * (imported once per isolate and secret version by the intake).
 * @example const { deliveryId } = await verifyZendeskSignature(req.headers, raw, hmacSecretOf(s), new Date())
 */
export const verifyZendeskSignature = async (
  headers: Headers,
  rawBody: string,
  secret: WebhookSecret,
  now: Date,
): Promise<VerifiedDelivery> => {
  const signature = headers.get(SIGNATURE_HEADER)
  const timestamp = headers.get(TIMESTAMP_HEADER)
  if (!signature || !timestamp) throw invalid('The webhook is not signed')
  if (signature.length > 200 || timestamp.length > 64) throw invalid('The webhook signature is malformed')
  const sentAt = new Date(timestamp)
  if (Number.isNaN(sentAt.getTime())) throw invalid('The signature timestamp is not a date')
  // Checked before the HMAC so a stale delivery costs no crypto; its age reveals nothing about the secret.
  if (Math.abs(now.getTime() - sentAt.getTime()) > MAX_SIGNATURE_AGE_SEC * 1000) {
    throw invalid('The signature timestamp is outside the accepted window')
  }
  const expected = await signZendeskPayload(await secret.hmacKey(), timestamp, rawBody)
  if (!timingSafeEqualText(signature.trim(), expected)) throw invalid('The webhook signature does not match')
  // A copy is remembered for as long as its timestamp could still pass the freshness check.
  const rememberUntil = new Date(sentAt.getTime() + 2 * MAX_SIGNATURE_AGE_SEC * 1000)
  return { deliveryId: await sha256Hex(`${timestamp}\n${expected}`), sentAt, rememberUntil }
}
