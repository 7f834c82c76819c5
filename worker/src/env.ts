import { createFactory } from 'hono/factory'
import type { Tenant } from './db/tenants-repo.ts'
import type { Principal } from './http/principal.ts'
import type { TenantState } from './services/tenant-state/load-tenant-state.ts'

/** Hono's typing for this Worker: bindings from wrangler.jsonc, per-request variables. */
export type AppEnv = {
  Bindings: Env
  Variables: { requestId: string; tenant: Tenant; tenantState: TenantState; principal: Principal }
}

/** Creates handlers and middleware typed for this Worker. */
export const factory = createFactory<AppEnv>()
