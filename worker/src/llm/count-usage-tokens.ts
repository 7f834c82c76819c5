/** The token fields of the API's `usage` (a message's, or a stream's cumulative `message_delta`). */
export type UsageTokens = {
  input_tokens?: number | null
  output_tokens?: number | null
  cache_creation_input_tokens?: number | null
  cache_read_input_tokens?: number | null
}

/** Tokens a call consumed: input, output, cache writes and cache reads. */
export const countUsageTokens = (usage: UsageTokens): number =>
  (usage.input_tokens ?? 0) +
  (usage.output_tokens ?? 0) +
  (usage.cache_creation_input_tokens ?? 0) +
  (usage.cache_read_input_tokens ?? 0)

/** Folds a stream's usage update into what is known so far (the API sends cumulative counts). */
export const mergeUsage = (known: UsageTokens, update: UsageTokens): UsageTokens => {
  const merged = { ...known }
  for (const key of Object.keys(update) as Array<keyof UsageTokens>) {
    const value = update[key]
    if (typeof value === 'number') merged[key] = value
  }
  return merged
}
