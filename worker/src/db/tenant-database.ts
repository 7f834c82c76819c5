/**
 * The D1 database that holds a tenant's rows. Every tenant lives in the one `DB` binding today; spreading tenants
 * over several databases (docs/SCALING.md) changes this function and the bindings, not the repositories, which
 * already take the database they work on. Code that reads or writes a tenant's rows gets its database here.
 */
export const tenantDatabase = (env: Pick<Env, 'DB'>, _tenantId: string): D1Database => env.DB

/**
 * The D1 database for what is not one tenant's: rows found by a key that names no tenant (a stream token is
 * looked up by the token alone). With shards this is the control database that also holds the directory
 * (tenant → shard); today it is the one `DB` binding. Code that knows its tenant asks `tenantDatabase()`.
 */
export const directoryDatabase = (env: Pick<Env, 'DB'>): D1Database => env.DB

/**
 * `env` with each tenant database replaced by `wrap` of it, for the operations of one Worker invocation: the queue
 * consumer group-commits them (groupCommitD1), and its jobs still reach their database through `tenantDatabase()`.
 * Today that is one wrapped binding shared by every job of the batch; with shards `wrap` runs once per shard
 * binding (a D1 batch is one database's transaction), so a job's batches share round trips only with jobs of
 * tenants on the same shard.
 */
export const wrapTenantDatabases = <E extends Pick<Env, 'DB'>>(
  env: E,
  wrap: (db: D1Database) => D1Database,
): E => ({
  ...env,
  DB: wrap(env.DB),
})
