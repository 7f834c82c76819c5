import type { HelpdeskKind, SettingsPatch } from '@deskmate/shared'
import type { SecretBox } from '../crypto/secret-box.ts'

// The list lives in @deskmate/shared; re-exported for the Worker's existing imports.
export { HELPDESKS, type HelpdeskKind } from '@deskmate/shared'

/** A tenant as the API layer sees it: no secrets. */
export type Tenant = {
  id: string
  helpdesk: HelpdeskKind
  account: string
  installationId: string | null
  apiUser: string | null
  storedSettings: SettingsPatch
  hasAnthropicKey: boolean
  /** Bumped (by a trigger) on every change of the tenant row: settings, secrets, credentials. */
  version: number
  /** Bumped (by triggers) on every change of the tenant's trained models. */
  modelsVersion: number
}

/** Secret fields of a tenant, each sealed with the tenant id and field name as context. */
export const SECRET_FIELDS = ['shared_secret', 'webhook_secret', 'api_token', 'anthropic_key'] as const
export type SecretField = (typeof SECRET_FIELDS)[number]

/** A tenant row as TENANT_COLUMNS selects it. */
export type TenantRow = {
  id: string
  helpdesk: HelpdeskKind
  account: string
  installation_id: string | null
  api_user: string | null
  settings_json: string
  anthropic_key_enc: string | null
  version: number
  models_version: number
}

/** The columns a Tenant is read from. */
export const TENANT_COLUMNS =
  'id, helpdesk, account, installation_id, api_user, settings_json, anthropic_key_enc, version, models_version'

/** The tenant id for a helpdesk account (`zendesk:demo`). */
export const tenantIdFor = (helpdesk: HelpdeskKind, account: string): string =>
  `${helpdesk}:${account.toLowerCase()}`

/** A tenant row as the API layer sees it. */
export const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  helpdesk: row.helpdesk,
  account: row.account,
  installationId: row.installation_id,
  apiUser: row.api_user,
  storedSettings: JSON.parse(row.settings_json) as SettingsPatch,
  hasAnthropicKey: row.anthropic_key_enc !== null,
  version: row.version,
  modelsVersion: row.models_version,
})

/** A tenant with its decrypted helpdesk API token (null when none is registered), for a queue job. */
export type TenantWithToken = { tenant: Tenant; apiToken: string | null }

/** What creating or re-registering a tenant writes; omitted secrets keep their stored value. */
export type TenantUpsert = {
  helpdesk: HelpdeskKind
  account: string
  sharedSecret: string
  webhookSecret?: string
  apiToken?: string
  apiUser?: string
  installationId?: string
}

/** SQL for tenants and their secrets and settings; every secret is sealed before it is written. */
export const createTenantsRepo = (db: D1Database, box: SecretBox) => {
  const seal = (id: string, field: SecretField, value: string | undefined): Promise<string | null> =>
    value === undefined ? Promise.resolve(null) : box.seal(value, `${id}/${field}`)

  return {
    async findById(id: string): Promise<Tenant | null> {
      const row = await db
        .prepare(`SELECT ${TENANT_COLUMNS} FROM tenants WHERE id = ?`)
        .bind(id)
        .first<TenantRow>()
      return row ? toTenant(row) : null
    },

    /** The statement that reads a tenant with its sealed API token (batch it with a job's other reads). */
    withTokenStatement(id: string): D1PreparedStatement {
      return db.prepare(`SELECT ${TENANT_COLUMNS}, api_token_enc FROM tenants WHERE id = ?`).bind(id)
    },

    /** The tenant and its decrypted API token from `withTokenStatement`'s result; null when it was removed. */
    async readWithToken(result: D1Result | undefined): Promise<TenantWithToken | null> {
      const row = result?.results[0] as (TenantRow & { api_token_enc: string | null }) | undefined
      if (!row) return null
      const apiToken = row.api_token_enc ? await box.open(row.api_token_enc, `${row.id}/api_token`) : null
      return { tenant: toTenant(row), apiToken }
    },

    /** Decrypts one secret of a tenant; null when it was never set. */
    async readSecret(id: string, field: SecretField): Promise<string | null> {
      const row = await db
        .prepare(`SELECT ${field}_enc AS sealed FROM tenants WHERE id = ?`)
        .bind(id)
        .first<{ sealed: string | null }>()
      return row?.sealed ? box.open(row.sealed, `${id}/${field}`) : null
    },

    /** One sealed secret and the row version it belongs to; null when there is no such tenant. */
    async readSealed(
      id: string,
      field: SecretField,
    ): Promise<{ sealed: string | null; version: number } | null> {
      return db
        .prepare(`SELECT ${field}_enc AS sealed, version FROM tenants WHERE id = ?`)
        .bind(id)
        .first<{ sealed: string | null; version: number }>()
    },

    /** Decrypts a sealed secret of a tenant (as read by readSealed or a snapshot). */
    openSealed(id: string, field: SecretField, sealed: string): Promise<string> {
      return box.open(sealed, `${id}/${field}`)
    },

    /** Creates the tenant, or updates the secrets given (idempotent re-registration). */
    async upsert(input: TenantUpsert, now: Date): Promise<Tenant> {
      const id = tenantIdFor(input.helpdesk, input.account)
      const [shared, webhook, token] = await Promise.all([
        seal(id, 'shared_secret', input.sharedSecret),
        seal(id, 'webhook_secret', input.webhookSecret),
        seal(id, 'api_token', input.apiToken),
      ])
      await db
        .prepare(
          `INSERT INTO tenants (id, helpdesk, account, shared_secret_enc, webhook_secret_enc, api_token_enc, api_user,
             installation_id, created_at, updated_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
           ON CONFLICT (id) DO UPDATE SET
             shared_secret_enc = excluded.shared_secret_enc,
             webhook_secret_enc = COALESCE(excluded.webhook_secret_enc, tenants.webhook_secret_enc),
             api_token_enc = COALESCE(excluded.api_token_enc, tenants.api_token_enc),
             api_user = COALESCE(excluded.api_user, tenants.api_user),
             installation_id = COALESCE(excluded.installation_id, tenants.installation_id),
             updated_at = excluded.updated_at`,
        )
        .bind(
          id,
          input.helpdesk,
          input.account.toLowerCase(),
          shared,
          webhook,
          token,
          input.apiUser ?? null,
          input.installationId ?? null,
          now.toISOString(),
        )
        .run()
      const tenant = await this.findById(id)
      if (!tenant) throw new Error(`Tenant ${id} vanished after upsert`)
      return tenant
    },

    /** Replaces the stored settings patch and, when given, the tenant's own Anthropic key. */
    async saveSettings(
      id: string,
      settings: SettingsPatch,
      anthropicKey: string | null | undefined,
      now: Date,
      /** Statements written in the same batch (the audit of the change): all or nothing. */
      alongside: D1PreparedStatement[] = [],
    ): Promise<void> {
      const keyUpdate = anthropicKey === undefined ? '' : ', anthropic_key_enc = ?4'
      const sealedKey = anthropicKey ? await box.seal(anthropicKey, `${id}/anthropic_key`) : null
      const stmt = db.prepare(
        `UPDATE tenants SET settings_json = ?2, updated_at = ?3${keyUpdate} WHERE id = ?1`,
      )
      const args: unknown[] = [id, JSON.stringify(settings), now.toISOString()]
      if (anthropicKey !== undefined) args.push(sealedKey)
      await db.batch([stmt.bind(...args), ...alongside])
    },
  }
}
export type TenantsRepo = ReturnType<typeof createTenantsRepo>
