import { describe, expect, it } from 'vitest'
import { hmacSecretOf } from '../../crypto/hmac-key.ts'
import { signZendeskPayload, verifyZendeskSignature } from './verify-signature.ts'

// Computed outside this code base, with OpenSSL:
//   printf '%s' "$TIMESTAMP$BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
const VECTOR = {
  secret: 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==',
  timestamp: '2021-07-25T10:00:00Z',
  body: '{"ticket_id": "12", "ticket_url": "demo.zendesk.com/agent/tickets/12", "event": "ticket_created"}',
  signature: 'k4Yutc8El5MW+vC59XlhdpWoB04d9STfv18aiYdLu0U=',
}
const AT_VECTOR_TIME = new Date('2021-07-25T10:01:00Z')

const headersOf = (signature: string | null, timestamp: string | null): Headers => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (signature !== null) headers.set('X-Zendesk-Webhook-Signature', signature)
  if (timestamp !== null) headers.set('X-Zendesk-Webhook-Signature-Timestamp', timestamp)
  return headers
}

const verify = (headers: Headers, body = VECTOR.body, secret = VECTOR.secret, now = AT_VECTOR_TIME) =>
  verifyZendeskSignature(headers, body, hmacSecretOf(secret), now)

describe('signZendeskPayload', () => {
  it('returns the independently computed signature for the vector', async () => {
    expect(await signZendeskPayload(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature)
  })
})

describe('verifyZendeskSignature', () => {
  it('accepts the vector and returns a stable delivery id', async () => {
    const first = await verify(headersOf(VECTOR.signature, VECTOR.timestamp))
    const second = await verify(headersOf(VECTOR.signature, VECTOR.timestamp))
    expect(first.sentAt.toISOString()).toBe('2021-07-25T10:00:00.000Z')
    // A copy stays refused while its timestamp could still pass the five-minute window on either side.
    expect(first.rememberUntil.toISOString()).toBe('2021-07-25T10:10:00.000Z')
    expect(first.deliveryId).toMatch(/^[0-9a-f]{64}$/)
    expect(second.deliveryId).toBe(first.deliveryId)
  })

  it.each([
    ['a missing signature', headersOf(null, VECTOR.timestamp)],
    ['a missing timestamp', headersOf(VECTOR.signature, null)],
    ['a timestamp that is not a date', headersOf(VECTOR.signature, 'yesterday')],
    [
      'a hex signature',
      headersOf('9386aeb5cf04979316faf0b9f5796175a5a8074e1df5249fbf5f1a89874bbb45', VECTOR.timestamp),
    ],
    ['an over-long signature', headersOf('A'.repeat(500), VECTOR.timestamp)],
  ])('rejects %s', async (_name, headers) => {
    await expect(verify(headers)).rejects.toMatchObject({ code: 'webhook_signature_invalid' })
  })

  it('rejects a body changed by one byte', async () => {
    await expect(
      verify(headersOf(VECTOR.signature, VECTOR.timestamp), VECTOR.body.replace('12', '13')),
    ).rejects.toMatchObject({
      code: 'webhook_signature_invalid',
    })
  })

  it('rejects another installation’s secret', async () => {
    await expect(
      verify(headersOf(VECTOR.signature, VECTOR.timestamp), VECTOR.body, 'other-secret'),
    ).rejects.toMatchObject({
      code: 'webhook_signature_invalid',
    })
  })

  it('rejects the body-then-timestamp order some old examples use', async () => {
    const swapped = await signZendeskPayload(VECTOR.secret, VECTOR.body, VECTOR.timestamp)
    await expect(verify(headersOf(swapped, VECTOR.timestamp))).rejects.toMatchObject({
      code: 'webhook_signature_invalid',
    })
  })

  it('accepts a delivery up to five minutes old and rejects an older one', async () => {
    const headers = headersOf(VECTOR.signature, VECTOR.timestamp)
    await expect(
      verify(headers, VECTOR.body, VECTOR.secret, new Date('2021-07-25T10:05:00Z')),
    ).resolves.toBeDefined()
    await expect(
      verify(headers, VECTOR.body, VECTOR.secret, new Date('2021-07-25T10:05:01Z')),
    ).rejects.toMatchObject({
      code: 'webhook_signature_invalid',
    })
  })

  it('rejects a timestamp more than five minutes in the future', async () => {
    const headers = headersOf(VECTOR.signature, VECTOR.timestamp)
    await expect(
      verify(headers, VECTOR.body, VECTOR.secret, new Date('2021-07-25T09:54:59Z')),
    ).rejects.toMatchObject({
      code: 'webhook_signature_invalid',
    })
  })
})
