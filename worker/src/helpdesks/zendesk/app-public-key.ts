import { AppError } from '@deskmate/shared'
import { importSPKI } from 'jose'
import type { ZendeskApi } from './api.ts'

/** How long a fetched app id or public key is reused before Zendesk is asked again. */
export const APP_KEY_TTL_MS = 60 * 60 * 1000
const MAX_ENTRIES = 1000

type Entry<T> = { value: T; expiresAt: number }

// Per isolate: public data only (an installation's app id, the app's public key), keyed by account origin.
const appIds = new Map<string, Entry<string>>()
const publicKeys = new Map<string, Entry<CryptoKey>>()

const cached = async <T>(
  cache: Map<string, Entry<T>>,
  key: string,
  now: number,
  load: () => Promise<T>,
): Promise<T> => {
  const hit = cache.get(key)
  if (hit && hit.expiresAt > now) return hit.value
  const value = await load()
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(key, { value, expiresAt: now + APP_KEY_TTL_MS })
  return value
}

/** The app an installation belongs to (`GET /api/v2/apps/installations/{id}.json`). */
const readAppId = async (api: ZendeskApi, installationId: string): Promise<string> => {
  const body = await api.get<{ app_id?: number | string; installation?: { app_id?: number | string } }>(
    `/api/v2/apps/installations/${encodeURIComponent(installationId)}.json`,
  )
  const appId = body.app_id ?? body.installation?.app_id
  if (appId === undefined || !/^\d{1,20}$/.test(String(appId)))
    throw new AppError('helpdesk_upstream', 'Zendesk returned no app for the installation')
  return String(appId)
}

/** The app's RS256 public key (`GET /api/v2/apps/{id}/public_key.pem`: PEM text, or JSON holding it). */
const readPublicKey = async (api: ZendeskApi, appId: string): Promise<CryptoKey> => {
  const text = (await api.getText(`/api/v2/apps/${encodeURIComponent(appId)}/public_key.pem`)).trim()
  const pem = text.startsWith('{') ? String((JSON.parse(text) as { public_key?: unknown }).public_key) : text
  try {
    return await importSPKI(pem, 'RS256')
  } catch (err) {
    throw new AppError('helpdesk_upstream', 'Zendesk returned an unreadable app public key', { cause: err })
  }
}

/**
 * The public key that verifies the ZAF JWTs of an installation's app, fetched with the tenant's credentials
 * from its own Zendesk and cached for an hour (a rotated key is picked up within that hour).
 */
export const installationPublicKey = async (
  api: ZendeskApi,
  installationId: string,
  now: Date,
): Promise<CryptoKey> => {
  const at = now.getTime()
  const appId = await cached(appIds, `${api.origin}#${installationId}`, at, () =>
    readAppId(api, installationId),
  )
  return cached(publicKeys, `${api.origin}#app:${appId}`, at, () => readPublicKey(api, appId))
}
