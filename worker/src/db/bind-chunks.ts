/** D1 binds at most this many parameters per statement (more fails with "too many SQL variables"). */
export const MAX_BOUND_PARAMETERS = 100

/**
 * Splits the values of a variable-length `IN (…)` list so that each statement binds at most
 * MAX_BOUND_PARAMETERS, `reserved` of them taken by the statement's other parameters (such as tenant_id).
 * @example chunkForBinding(ids, 1).map((part) => db.prepare(`… IN (${placeholders(part)})`).bind(tenantId, ...part))
 */
export const chunkForBinding = <T>(values: readonly T[], reserved: number): T[][] => {
  const size = MAX_BOUND_PARAMETERS - reserved
  if (size < 1) throw new RangeError(`A statement with ${reserved} other parameters has no room for a list`)
  const chunks: T[][] = []
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size))
  return chunks
}

/** `?, ?, ?` for a chunk's values. */
export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ')
