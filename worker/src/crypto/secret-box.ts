import { AppError } from '@deskmate/shared'

const VERSION = 'v1'
const encoder = new TextEncoder()
const decoder = new TextDecoder()

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))

const importKey = async (keyB64: string): Promise<CryptoKey> => {
  const raw = fromBase64(keyB64)
  if (raw.byteLength !== 32) throw new AppError('internal', 'ENCRYPTION_KEY must be 32 bytes, base64-encoded')
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
}

/** Encrypts and decrypts tenant secrets with AES-GCM; `context` binds a ciphertext to its row and field. */
export type SecretBox = {
  seal(plaintext: string, context: string): Promise<string>
  open(sealed: string, context: string): Promise<string>
}

/**
 * Creates a SecretBox from a base64 256-bit key (the ENCRYPTION_KEY Worker secret).
 * @example const box = createSecretBox(env.ENCRYPTION_KEY); await box.seal('token', 'zendesk:demo/api_token')
 */
export const createSecretBox = (keyB64: string): SecretBox => {
  let key: Promise<CryptoKey> | undefined
  const getKey = (): Promise<CryptoKey> => (key ??= importKey(keyB64))
  return {
    async seal(plaintext, context) {
      const iv = crypto.getRandomValues(new Uint8Array(12))
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
        await getKey(),
        encoder.encode(plaintext),
      )
      return `${VERSION}:${toBase64(iv)}:${toBase64(new Uint8Array(ciphertext))}`
    },
    async open(sealed, context) {
      const [version, iv, data] = sealed.split(':')
      if (version !== VERSION || !iv || !data) throw new AppError('internal', 'Unreadable sealed secret')
      const plaintext = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(context) },
        await getKey(),
        fromBase64(data),
      )
      return decoder.decode(plaintext)
    },
  }
}
