import { randomBytes } from 'node:crypto'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import type { Tenant } from '../../src/db/tenants-repo.ts'
import type { BenchD1 } from './bench-d1.ts'

/** The benchmark's own tenant (never the demo tenants of `npm start`). */
export const BENCH_TENANT = { id: 'zendesk:bench', helpdesk: 'zendesk', account: 'bench' } as const

/** The bench tenant as the API layer reads it after seeding: default settings, no Anthropic key. */
export const BENCH_TENANT_RECORD: Tenant = {
  ...BENCH_TENANT,
  installationId: null,
  apiUser: null,
  storedSettings: {},
  hasAnthropicKey: false,
  version: 1,
  modelsVersion: 0,
}

/** A Zendesk tenant the bench creates, with its secrets in clear (the bench signs with them). */
export type BenchTenantSeed = {
  account: string
  sharedSecret: string
  webhookSecret: string
  apiUser?: string
  apiToken?: string
}

/** New random secrets for a bench account. */
export const benchSecrets = (account: string): BenchTenantSeed => ({
  account,
  sharedSecret: randomBytes(32).toString('base64url'),
  webhookSecret: randomBytes(32).toString('base64url'),
})

/** Writes Zendesk tenants straight into D1, their secrets sealed as the Worker seals them. */
export const seedBenchTenants = async (
  db: BenchD1,
  encryptionKey: string,
  seeds: readonly BenchTenantSeed[],
): Promise<void> => {
  const box = createSecretBox(encryptionKey)
  const now = new Date().toISOString()
  const statements = await Promise.all(
    seeds.map(async (seed) => {
      const id = `zendesk:${seed.account}`
      const seal = (value: string | undefined, field: string) =>
        value === undefined ? null : box.seal(value, `${id}/${field}`)
      return db
        .prepare(
          `INSERT INTO tenants (id, helpdesk, account, shared_secret_enc, webhook_secret_enc, api_token_enc,
             api_user, created_at, updated_at)
           VALUES (?1, 'zendesk', ?2, ?3, ?4, ?5, ?6, ?7, ?7)`,
        )
        .bind(
          id,
          seed.account,
          await seal(seed.sharedSecret, 'shared_secret'),
          await seal(seed.webhookSecret, 'webhook_secret'),
          await seal(seed.apiToken, 'api_token'),
          seed.apiUser ?? null,
          now,
        )
    }),
  )
  await db.batch(statements)
}
