import { env } from 'cloudflare:test'

/** One column of a tenant's rows in `table`, in the column's order (test tables and columns only). */
export const tenantColumn = async <T extends string | number>(
  table: string,
  column: string,
  tenantId: string,
): Promise<T[]> =>
  (
    await env.DB.prepare(`SELECT ${column} AS value FROM ${table} WHERE tenant_id = ? ORDER BY ${column}`)
      .bind(tenantId)
      .all<{ value: T }>()
  ).results.map((row) => row.value)
