import { isSupportedLanguage, ticketText, type DraftRequest, type Settings } from '@deskmate/shared'
import type { DraftArticle, Engine, EngineDraftEvent } from '../engines/engine.ts'

/** Where the draft's articles come from. */
export type DraftDeps = {
  engine: Engine
  settings: Settings
  getArticles: (ids: string[]) => Promise<DraftArticle[]>
}

const MAX_ARTICLES = 3

/**
 * Drafts a reply: the chosen articles (or the confident suggestions), in the requested or detected language.
 * @example for await (const event of draftReply(request, deps)) send(event)
 */
export async function* draftReply(request: DraftRequest, deps: DraftDeps): AsyncGenerator<EngineDraftEvent> {
  const { ticket } = request
  let language = request.language
  let articleIds = request.articleIds
  if (!language || !articleIds) {
    const insights = language ? null : await deps.engine.analyze(ticket)
    language ??= insights?.language.code ?? 'en'
    if (!articleIds) {
      const suggestions = await deps.engine.suggest({
        text: ticketText(ticket),
        language,
        limit: MAX_ARTICLES,
      })
      const confident = suggestions.filter((s) => s.confidence >= deps.settings.retrievalThreshold)
      // A draft needs something to cite; fall back to the single best article when none clears the threshold.
      articleIds = (confident.length > 0 ? confident : suggestions.slice(0, 1)).map((s) => s.id)
    }
  }
  const articles = articleIds.length > 0 ? await deps.getArticles(articleIds.slice(0, MAX_ARTICLES)) : []
  yield* deps.engine.draft({
    ticket,
    articles,
    tone: request.tone,
    language: isSupportedLanguage(language) ? language : 'en',
    ...(request.agentName ? { agentName: request.agentName } : {}),
  })
}
