const encoder = new TextEncoder()

/**
 * A webhook signing secret as a verifier gets it: its value, and its HMAC-SHA256 key (imported once per isolate
 * and secret version by the intake; `hmacSecretOf` imports it on every call).
 */
export type WebhookSecret = { value: string; hmacKey(): Promise<CryptoKey> }

/** Imports `secret` as an HMAC-SHA256 signing key (not extractable). */
export const importHmacKey = (secret: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])

/**
 * A webhook secret whose key is imported when asked for, without caching (signing, tests).
 * @example await verifyZendeskSignature(headers, rawBody, hmacSecretOf(secret), new Date())
 */
export const hmacSecretOf = (value: string): WebhookSecret => ({ value, hmacKey: () => importHmacKey(value) })
