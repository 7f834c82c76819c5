import Papa from 'papaparse'

/** CSV columns of an article import; `examples` holds questions separated by `|`. */
export const CSV_COLUMNS = ['id', 'title', 'body', 'locale', 'url', 'examples'] as const

/** Parses an RFC 4180 CSV with a header row into raw article objects (validation happens later). */
export const parseCsvArticles = (
  text: string,
): { rows: unknown[]; errors: { path: string; message: string }[] } => {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  })
  const errors = parsed.errors.map((e) => ({
    path: `row ${(e.row ?? 0) + 1}`,
    message: e.message,
  }))
  const missing = ['id', 'title', 'body', 'locale'].filter((c) => !parsed.meta.fields?.includes(c))
  if (missing.length > 0) errors.push({ path: 'header', message: `Missing columns: ${missing.join(', ')}` })
  const rows = parsed.data.map((row) => {
    const { url, examples, ...rest } = row
    return {
      ...rest,
      ...(url?.trim() ? { url: url.trim() } : {}),
      ...(examples?.trim()
        ? {
            examples: examples
              .split('|')
              .map((q) => q.trim())
              .filter(Boolean),
          }
        : {}),
    }
  })
  return { rows, errors }
}
