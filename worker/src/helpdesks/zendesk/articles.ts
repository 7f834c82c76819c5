import { redactPii, type KbArticle } from '@deskmate/shared'
import type { AnsweredQuestion, ArticleChanges } from '../adapter.ts'
import { htmlToText } from '../html-to-text.ts'
import type { ZendeskApi, ZendeskArticle, ZendeskComment } from './api.ts'

type ExportPage = { articles: ZendeskArticle[]; next_page?: string | null; end_time?: number; count?: number }
type ListPage = { articles: ZendeskArticle[]; next_page?: string | null }
type SearchPage = { results: Array<{ id: number; subject?: string | null; description?: string | null }> }
type CommentsPage = { comments: ZendeskComment[]; users?: Array<{ id: number; role?: string }> }

const MAX_PAGES = 20
const LOCALE = /^[a-z]{2}(-[a-z]{2,4})?$/i
const ARTICLE_LINK = /\/hc\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?articles\/(\d+)/gi

/** The KB id of one translation of a Help Center article. */
export const localArticleId = (article: Pick<ZendeskArticle, 'id' | 'locale'>): string =>
  `zendesk-${article.id}-${article.locale.toLowerCase()}`

const toKbArticle = (article: ZendeskArticle): (KbArticle & { sourceId: string }) | null => {
  const title = (article.title ?? '').trim().slice(0, 500)
  const body = htmlToText(article.body ?? '').slice(0, 50_000)
  if (!title || !body || !LOCALE.test(article.locale)) return null
  const url = article.html_url && /^https?:\/\//.test(article.html_url) ? article.html_url : undefined
  return {
    id: localArticleId(article),
    sourceId: String(article.id),
    title,
    body,
    locale: article.locale.toLowerCase(),
    ...(url ? { url } : {}),
  }
}

const exportPage = (startTime: number): string =>
  `/api/v2/help_center/incremental/articles.json?start_time=${startTime}`

const versionOf = (article: ZendeskArticle): string =>
  `${localArticleId(article)}@${article.updated_at ?? ''}`

/**
 * Published translations changed since `cursor` (unix seconds), following the export's pages. Each page
 * starts again at the previous page's last second, so articles repeat across pages: the latest version of
 * each translation is kept once. A page that brings nothing new has returned everything up to its end time
 * (many articles sharing one second), so the export goes on from the next second and the cursor advances.
 */
export const listZendeskArticleChanges = async (api: ZendeskApi, cursor: number): Promise<ArticleChanges> => {
  const latest = new Map<string, ZendeskArticle>()
  const seen = new Set<string>()
  let next = cursor
  let url: string | null | undefined = exportPage(cursor)
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body: ExportPage = await api.get(url)
    let fresh = 0
    for (const article of body.articles) {
      if (seen.has(versionOf(article))) continue
      seen.add(versionOf(article))
      fresh++
      const id = localArticleId(article)
      // Keyed by translation and moved to the end, so the newest version wins and the order stays oldest first.
      latest.delete(id)
      latest.set(id, article)
    }
    const endTime = typeof body.end_time === 'number' ? body.end_time : next
    next = Math.max(next, endTime)
    if (!body.next_page || body.articles.length === 0) break
    if (fresh === 0) {
      next = Math.max(next, endTime + 1)
      url = exportPage(next)
    } else {
      url = body.next_page
    }
  }
  const changes: ArticleChanges = { articles: [], removedIds: [], cursor: next }
  for (const article of latest.values()) {
    const mapped = article.draft ? null : toKbArticle(article)
    if (mapped) changes.articles.push(mapped)
    else changes.removedIds.push(localArticleId(article))
  }
  return changes
}

/** Ids of every published article (any translation published counts). */
export const listZendeskPublishedIds = async (api: ZendeskApi): Promise<Set<string>> => {
  const ids = new Set<string>()
  let url: string | null | undefined = '/api/v2/help_center/articles.json?per_page=100'
  for (let page = 0; url && page < MAX_PAGES * 5; page++) {
    const body: ListPage = await api.get(url)
    for (const article of body.articles) if (!article.draft) ids.add(String(article.id))
    url = body.next_page
  }
  return ids
}

/** Subjects of solved tickets whose public agent replies linked a Help Center article (PII redacted). */
export const listZendeskAnsweredQuestions = async (
  api: ZendeskApi,
  limit: number,
): Promise<AnsweredQuestion[]> => {
  const query = encodeURIComponent('type:ticket status:solved')
  const { results } = await api.get<SearchPage>(
    `/api/v2/search.json?query=${query}&sort_by=updated_at&sort_order=desc&per_page=${Math.min(100, limit)}`,
  )
  const questions: AnsweredQuestion[] = []
  for (const ticket of results.slice(0, limit)) {
    const question = redactPii((ticket.subject ?? ticket.description ?? '').trim()).text.slice(0, 500)
    if (question.length < 4) continue
    const { comments, users = [] } = await api.get<CommentsPage>(
      `/api/v2/tickets/${ticket.id}/comments.json?include=users`,
    )
    const agents = new Set(users.filter((u) => u.role === 'agent' || u.role === 'admin').map((u) => u.id))
    const linked = new Set<string>()
    for (const comment of comments) {
      if (!comment.public || !agents.has(comment.author_id)) continue
      for (const match of `${comment.html_body ?? ''} ${comment.body ?? ''}`.matchAll(ARTICLE_LINK))
        linked.add(match[1] ?? '')
    }
    for (const sourceId of linked) if (sourceId) questions.push({ sourceId, question })
  }
  return questions
}
