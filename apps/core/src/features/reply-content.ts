import type { Suggestion } from '@deskmate/shared'
import type { ReplyContent } from '../host/host-client.ts'

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const isSafeUrl = (url: string): boolean => /^https?:\/\//i.test(url)

/** A draft's plain text as composer HTML: blank lines make paragraphs, single newlines line breaks. */
export const draftToReply = (text: string): ReplyContent => ({
  text,
  html: text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join(''),
})

/** A link to a suggested article, for the composer. */
export const articleLinkReply = (article: Pick<Suggestion, 'title' | 'url'>): ReplyContent => {
  if (!article.url || !isSafeUrl(article.url)) return { text: article.title, html: escapeHtml(article.title) }
  return {
    text: `${article.title}: ${article.url}`,
    html: `<a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a>`,
  }
}
