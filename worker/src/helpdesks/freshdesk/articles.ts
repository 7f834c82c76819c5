import { redactPii, type KbArticle } from '@deskmate/shared'
import type { AnsweredQuestion, ArticleChanges } from '../adapter.ts'
import { htmlToText } from '../html-to-text.ts'
import type { FreshdeskApi } from './api.ts'
import { listConversations } from './conversations.ts'
import { listSolutionArticles, type SolutionArticle } from './solutions.ts'

type SearchPage = {
  results: Array<{ id: number; subject?: string | null; description_text?: string | null }>
}

const LANGUAGE = /^[a-z]{2}(-[a-z]{2,4})?$/i
const ARTICLE_LINK = /\/solutions\/articles\/(\d{1,20})/gi
/** Freshdesk's article status: 1 draft, 2 published. */
const PUBLISHED = 2

/** The KB id of one language version of a Solutions article. */
export const localArticleId = (article: Pick<SolutionArticle, 'id' | 'language'>): string =>
  `freshdesk-${article.id}-${article.language.toLowerCase()}`

const toKbArticle = (article: SolutionArticle, portal: string): (KbArticle & { sourceId: string }) | null => {
  const title = (article.title ?? '').trim().slice(0, 500)
  const body = (article.description_text ?? htmlToText(article.description ?? '')).trim().slice(0, 50_000)
  if (!title || !body || !LANGUAGE.test(article.language)) return null
  return {
    id: localArticleId(article),
    sourceId: String(article.id),
    title,
    body,
    locale: article.language.toLowerCase(),
    url: `${portal}/support/solutions/articles/${article.id}`,
  }
}

const updatedSec = (article: SolutionArticle): number =>
  Math.floor((Date.parse(article.updated_at ?? '') || 0) / 1000)

/**
 * Published article versions changed since `cursor` (unix seconds of `updated_at`), in every portal language.
 * Freshdesk has no incremental export, so the tree (categories → folders → subfolders → articles) is walked
 * and filtered; a version that went back to draft is reported as removed.
 */
export const listFreshdeskArticleChanges = async (
  api: FreshdeskApi,
  cursor: number,
): Promise<ArticleChanges> => {
  const changes: ArticleChanges = { articles: [], removedIds: [], cursor }
  for (const article of await listSolutionArticles(api)) {
    const updated = updatedSec(article)
    // Same-second changes are read again (an upsert is idempotent) rather than missed.
    if (cursor > 0 && updated < cursor) continue
    changes.cursor = Math.max(changes.cursor, updated)
    const mapped = article.status === PUBLISHED ? toKbArticle(article, api.origin) : null
    if (mapped) changes.articles.push(mapped)
    else changes.removedIds.push(localArticleId(article))
  }
  return changes
}

/** Ids of every article published in at least one language. */
export const listFreshdeskPublishedIds = async (api: FreshdeskApi): Promise<Set<string>> =>
  new Set((await listSolutionArticles(api)).filter((a) => a.status === PUBLISHED).map((a) => String(a.id)))

/** Subjects of resolved tickets whose public agent replies linked a Solutions article (PII redacted). */
export const listFreshdeskAnsweredQuestions = async (
  api: FreshdeskApi,
  limit: number,
): Promise<AnsweredQuestion[]> => {
  const query = encodeURIComponent('"status:4 OR status:5"')
  const { results } = await api.get<SearchPage>(`/api/v2/search/tickets?query=${query}`)
  const questions: AnsweredQuestion[] = []
  for (const ticket of results.slice(0, limit)) {
    const question = redactPii((ticket.subject ?? ticket.description_text ?? '').trim()).text.slice(0, 500)
    if (question.length < 4) continue
    const linked = new Set<string>()
    for (const c of await listConversations(api, String(ticket.id))) {
      if (c.incoming || c.private) continue
      for (const match of (c.body ?? '').matchAll(ARTICLE_LINK)) linked.add(match[1] ?? '')
    }
    for (const sourceId of linked) if (sourceId) questions.push({ sourceId, question })
  }
  return questions
}
