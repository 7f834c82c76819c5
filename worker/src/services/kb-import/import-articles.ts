import {
  AppError,
  KB_LIMITS,
  ZKbArticle,
  type ErrorDetail,
  type KbArticle,
  type KbImportResponse,
} from '@deskmate/shared'
import { parseJsonText, toDetails } from '../../http/validate.ts'
import { parseCsvArticles } from './parse-csv.ts'
import { parseMarkdownArticles } from './parse-markdown.ts'

type Format = KbImportResponse['format']

/** Picks the import format from the Content-Type. */
export const importFormatOf = (contentType: string): Format => {
  if (/^(application|text)\/(.+\+)?json\b/i.test(contentType)) return 'json'
  if (/^text\/(csv|comma-separated-values)\b/i.test(contentType)) return 'csv'
  if (/^text\/(markdown|x-markdown)\b/i.test(contentType)) return 'markdown'
  throw new AppError('unsupported_media_type', 'Import JSON, CSV (text/csv) or Markdown (text/markdown)')
}

const rowsFromJson = (text: string): { rows: unknown[]; errors: ErrorDetail[] } => {
  const value = parseJsonText(text)
  const rows = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : null
  if (!rows)
    return { rows: [], errors: [{ path: 'body', message: 'Expected an array or {"articles": [...]}' }] }
  return { rows, errors: [] }
}

/**
 * Parses and validates a bulk import; any broken row fails the whole import with per-row details.
 * Returns the articles to upsert (the caller writes them atomically).
 */
export const parseImport = (format: Format, text: string): KbArticle[] => {
  const parsed =
    format === 'json'
      ? rowsFromJson(text)
      : format === 'csv'
        ? parseCsvArticles(text)
        : parseMarkdownArticles(text)
  const errors: ErrorDetail[] = [...parsed.errors]
  const articles: KbArticle[] = []
  const seen = new Set<string>()
  parsed.rows.forEach((row, i) => {
    const result = ZKbArticle.safeParse(row)
    if (!result.success) {
      errors.push(...toDetails(result.error, `row ${i + 1}`))
      return
    }
    if (seen.has(result.data.id))
      errors.push({ path: `row ${i + 1}.id`, message: `Duplicate id ${result.data.id}` })
    seen.add(result.data.id)
    articles.push(result.data)
  })
  if (parsed.rows.length > KB_LIMITS.articles) {
    errors.push({ path: 'body', message: `At most ${KB_LIMITS.articles} articles per import` })
  }
  if (articles.length === 0 && errors.length === 0)
    errors.push({ path: 'body', message: 'No articles to import' })
  if (errors.length > 0) {
    throw new AppError('import_failed', 'The import has errors; nothing was written', {
      details: errors.slice(0, 200),
    })
  }
  return articles
}
