import { importHmacKey } from '../../crypto/hmac-key.ts'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { createTenantsRepo, type SecretField, type Tenant } from '../../db/tenants-repo.ts'

/**
 * A tenant's decrypted secrets at one row version and the HMAC keys imported from them (values, never promises:
 * requests share plain data only).
 */
type Entry = { version: number; secrets: Map<SecretField, string | null>; keys: Map<SecretField, CryptoKey> }

/** A decrypted secret and the tenant row version it was read at. */
export type VersionedSecret = { version: number; value: string }

/** Tenants whose decrypted secrets an isolate keeps (a few hundred bytes each). */
const CAPACITY = 10_000
const cache = new Map<string, Entry>()

const entryAt = (tenantId: string, version: number): Entry => {
  const current = cache.get(tenantId)
  if (current?.version === version) {
    cache.delete(tenantId)
    cache.set(tenantId, current)
    return current
  }
  const entry: Entry = { version, secrets: new Map(), keys: new Map() }
  // A request that read an older row than the cached one gets a private entry: the newer one stays.
  if (current && current.version > version) return entry
  cache.delete(tenantId)
  cache.set(tenantId, entry)
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string)
  return entry
}

/**
 * The decrypted secret of a tenant row at `version`, opened from `sealed` only the first time this isolate needs
 * it. Every write of the row bumps its version, so a copy is used only while the row it came from is current.
 */
export const openSecretAt = async (
  tenantId: string,
  version: number,
  field: SecretField,
  sealed: string | null,
  open: (sealed: string) => Promise<string>,
): Promise<string | null> => {
  const entry = entryAt(tenantId, version)
  const known = entry.secrets.get(field)
  if (known !== undefined) return known
  const secret = sealed === null ? null : await open(sealed)
  entry.secrets.set(field, secret)
  return secret
}

/** This isolate's newest copy of a tenant secret, whatever its version; the caller must check the version. */
export const peekSecret = (tenantId: string, field: SecretField): VersionedSecret | null => {
  const entry = cache.get(tenantId)
  const value = entry?.secrets.get(field)
  return entry && value ? { version: entry.version, value } : null
}

/**
 * The HMAC-SHA256 key of a tenant secret read at `secret.version`, imported only the first time this isolate
 * needs it. It is kept with the secret it came from, so a rotation (a new row version) gets a new key at once and
 * a key is only ever used for the tenant whose secret it is.
 */
export const hmacKeyOf = async (
  tenantId: string,
  field: SecretField,
  secret: VersionedSecret,
): Promise<CryptoKey> => {
  const entry = cache.get(tenantId)
  const isCurrent = entry?.version === secret.version && entry.secrets.get(field) === secret.value
  const known = isCurrent ? entry.keys.get(field) : undefined
  if (known) return known
  const key = await importHmacKey(secret.value)
  // Kept only while the entry still holds this very secret (it may have been replaced during the import).
  const after = cache.get(tenantId)
  if (after?.version === secret.version && after.secrets.get(field) === secret.value)
    after.keys.set(field, key)
  return key
}

/** Reads a tenant secret from D1 (one query) and keeps its decrypted copy; null for an unknown tenant or field. */
export const readSecretFresh = async (
  env: Env,
  tenantId: string,
  field: SecretField,
): Promise<VersionedSecret | null> => {
  const tenants = createTenantsRepo(tenantDatabase(env, tenantId), createSecretBox(env.ENCRYPTION_KEY))
  const row = await tenants.readSealed(tenantId, field)
  if (!row) return null
  const value = await openSecretAt(tenantId, row.version, field, row.sealed, (sealed) =>
    tenants.openSealed(tenantId, field, sealed),
  )
  return value === null ? null : { version: row.version, value }
}

/**
 * A secret of a tenant read earlier in the same operation: this isolate's copy when it is at the tenant's
 * version, otherwise read from D1.
 */
export const readTenantSecret = async (
  env: Env,
  tenant: Tenant,
  field: SecretField,
): Promise<string | null> => {
  const cached = cache.get(tenant.id)
  const known = cached?.version === tenant.version ? cached.secrets.get(field) : undefined
  if (known !== undefined) return known
  return (await readSecretFresh(env, tenant.id, field))?.value ?? null
}
