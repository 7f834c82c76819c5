import { HelpdeskApiError } from '../fetch-with-retry.ts'
import type { FreshdeskApi } from './api.ts'

/** A Solutions article in one language (`GET /api/v2/solutions/folders/{id}/articles[/{language}]`). */
export type SolutionArticle = {
  id: number
  title?: string | null
  description?: string | null
  description_text?: string | null
  /** 1 draft, 2 published. */
  status?: number | null
  updated_at?: string | null
  /** Set by the walk: the language the version was read in. */
  language: string
}

type Node = { id: number }
type HelpdeskSettings = { primary_language?: string | null; supported_languages?: string[] | null }

const PER_PAGE = 100
const MAX_PAGES = 20
const MAX_FOLDER_DEPTH = 3

const listAll = async <T>(api: FreshdeskApi, path: string): Promise<T[]> => {
  const all: T[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await api.get<T[]>(`${path}?per_page=${PER_PAGE}&page=${page}`)
    all.push(...batch)
    if (batch.length < PER_PAGE) break
  }
  return all
}

/** A list an account may not have (no subfolders, no translation in a language): empty on 404. */
const listOptional = async <T>(api: FreshdeskApi, path: string): Promise<T[]> => {
  try {
    return await listAll<T>(api, path)
  } catch (err) {
    if (err instanceof HelpdeskApiError && err.upstreamStatus === 404) return []
    throw err
  }
}

/** The portal's languages, primary first (English when the account does not say). */
const portalLanguages = async (api: FreshdeskApi): Promise<string[]> => {
  const settings = await api.get<HelpdeskSettings>('/api/v2/settings/helpdesk')
  const primary = settings.primary_language || 'en'
  return [primary, ...(settings.supported_languages ?? []).filter((l) => l !== primary)]
}

const listFolders = async (api: FreshdeskApi): Promise<Node[]> => {
  const folders: Node[] = []
  let level: Node[] = []
  for (const category of await listAll<Node>(api, '/api/v2/solutions/categories'))
    level.push(...(await listAll<Node>(api, `/api/v2/solutions/categories/${category.id}/folders`)))
  for (let depth = 0; level.length > 0 && depth <= MAX_FOLDER_DEPTH; depth++) {
    folders.push(...level)
    const next: Node[] = []
    for (const folder of level)
      next.push(...(await listOptional<Node>(api, `/api/v2/solutions/folders/${folder.id}/subfolders`)))
    level = next
  }
  return folders
}

/**
 * Every article version of the knowledge base, walking categories → folders → subfolders → articles in each
 * portal language (the primary language's list is unsuffixed, translations end in `/{language}`).
 */
export const listSolutionArticles = async (api: FreshdeskApi): Promise<SolutionArticle[]> => {
  const [primary = 'en', ...others] = await portalLanguages(api)
  const articles: SolutionArticle[] = []
  for (const folder of await listFolders(api)) {
    const base = `/api/v2/solutions/folders/${folder.id}/articles`
    for (const a of await listAll<Omit<SolutionArticle, 'language'>>(api, base))
      articles.push({ ...a, language: primary })
    for (const language of others) {
      for (const a of await listOptional<Omit<SolutionArticle, 'language'>>(api, `${base}/${language}`))
        articles.push({ ...a, language })
    }
  }
  return articles
}
