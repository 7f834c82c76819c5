/**
 * The D1 database that holds a tenant's rows. Every tenant lives in the one `DB` binding today; spreading tenants
 * over several databases (docs/SCALING.md) changes this function and the bindings, not the repositories, which
 * already take the database they work on. Code that reads or writes a tenant's rows gets its database here.
 */
export const tenantDatabase = (env: Pick<Env, 'DB'>, _tenantId: string): D1Database => env.DB
