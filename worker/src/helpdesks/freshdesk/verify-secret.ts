import { AppError } from '@deskmate/shared'
import type { WebhookSecret } from '../../crypto/hmac-key.ts'
import { timingSafeEqualText } from '../../crypto/timing-safe.ts'
import type { VerifiedDelivery } from '../adapter.ts'

/** The custom header Deskmate's automation rule sends (Freshdesk does not sign webhooks). */
export const SECRET_HEADER = 'X-Deskmate-Webhook-Secret'

/**
 * Checks the rule's secret header in constant time. Freshdesk sends no delivery id or timestamp and resends a
 * failed call at +5, +30 and +60 minutes, so every accepted delivery is new to the intake (a retry answered
 * 409 would be retried again and mailed to the admins as a failure): duplicates share the event key, which
 * the queue consumer processes once, and a late one finds the ticket no longer eligible.
 * @example await verifyFreshdeskSecret(req.headers, raw, hmacSecretOf(secret), new Date())
 */
export const verifyFreshdeskSecret = (
  headers: Headers,
  _rawBody: string,
  secret: WebhookSecret,
  now: Date,
): Promise<VerifiedDelivery> => {
  const presented = headers.get(SECRET_HEADER)
  if (!presented)
    return Promise.reject(new AppError('webhook_signature_invalid', 'The webhook secret is missing'))
  if (presented.length > 200 || !timingSafeEqualText(presented.trim(), secret.value)) {
    return Promise.reject(new AppError('webhook_signature_invalid', 'The webhook secret does not match'))
  }
  // Nothing to remember: every accepted delivery is a new one.
  return Promise.resolve({ deliveryId: crypto.randomUUID(), sentAt: now, rememberUntil: now })
}
