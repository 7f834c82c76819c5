import {
  isSupportedLanguage,
  ticketText,
  type DraftRequest,
  type Settings,
  type Suggestion,
} from '@deskmate/shared'
import type { DraftArticle, Engine, EngineDraftEvent, TicketInsights } from '../engines/engine.ts'

/** Where the draft's articles come from. */
export type DraftDeps = {
  engine: Engine
  settings: Settings
  getArticles: (ids: string[]) => Promise<DraftArticle[]>
  /** Translations of these articles into `language` (same article family), keyed by the original's id. */
  getTranslations?: (articles: DraftArticle[], language: string) => Promise<Map<string, DraftArticle>>
}

/** What the caller already knows about the ticket (the automation's analysis and retrieval). */
export type DraftContext = {
  insights?: Pick<TicketInsights, 'language' | 'sentiment'>
  suggestions?: Suggestion[]
}

const MAX_ARTICLES = 3

const primaryLanguage = (locale: string): string => (locale.split('-')[0] ?? locale).toLowerCase()

/** The suggestions a draft is grounded in, each with its confidence (the engine weighs it against the threshold). */
const articlesFor = async (suggestions: Suggestion[], deps: DraftDeps): Promise<DraftArticle[]> => {
  const confident = suggestions.filter((s) => s.confidence >= deps.settings.retrievalThreshold)
  // Below the threshold the best article still goes along, with its confidence: the engine says it does not answer.
  const picked = (confident.length > 0 ? confident : suggestions.slice(0, 1)).slice(0, MAX_ARTICLES)
  const confidenceOf = new Map(picked.map((s) => [s.id, s.confidence]))
  const articles = picked.length > 0 ? await deps.getArticles(picked.map((s) => s.id)) : []
  return articles.map((article) => {
    const confidence = confidenceOf.get(article.id)
    return confidence === undefined ? article : { ...article, confidence }
  })
}

/** Replaces each article by its translation into `language` where the KB has one, so a draft never mixes languages. */
const inLanguage = async (
  articles: DraftArticle[],
  language: string,
  deps: DraftDeps,
): Promise<DraftArticle[]> => {
  const foreign = articles.filter((a) => primaryLanguage(a.locale) !== language)
  if (foreign.length === 0 || !deps.getTranslations) return articles
  const translations = await deps.getTranslations(foreign, language)
  const seen = new Set<string>()
  return articles.flatMap((article) => {
    const translation = translations.get(article.id)
    const chosen = translation
      ? { ...translation, ...(article.confidence === undefined ? {} : { confidence: article.confidence }) }
      : article
    if (seen.has(chosen.id)) return []
    seen.add(chosen.id)
    return [chosen]
  })
}

/**
 * Drafts a reply: the chosen articles (or the suggestions, with their confidence against the tenant's
 * threshold), translated into the requested or detected language where the KB has the translation.
 * @example for await (const event of draftReply(request, deps)) send(event)
 */
export async function* draftReply(
  request: DraftRequest,
  deps: DraftDeps,
  known: DraftContext = {},
): AsyncGenerator<EngineDraftEvent> {
  const { ticket } = request
  let insights = known.insights
  if (!insights && (!request.language || !request.articleIds)) insights = await deps.engine.analyze(ticket)
  let chosen: DraftArticle[]
  if (request.articleIds) {
    // Articles an agent chose answer the ticket by their choice: they carry no confidence.
    const ids = request.articleIds.slice(0, MAX_ARTICLES)
    chosen = ids.length > 0 ? await deps.getArticles(ids) : []
  } else {
    const suggestions =
      known.suggestions ??
      (await deps.engine.suggest({
        text: ticketText(ticket),
        language: insights?.language.code ?? null,
        limit: MAX_ARTICLES,
      }))
    chosen = await articlesFor(suggestions, deps)
  }
  const requested = request.language ?? insights?.language.code ?? 'en'
  const language = isSupportedLanguage(requested) ? requested : 'en'
  yield* deps.engine.draft({
    ticket,
    articles: await inLanguage(chosen, language, deps),
    tone: request.tone,
    language,
    threshold: deps.settings.retrievalThreshold,
    ...(insights ? { sentiment: insights.sentiment } : {}),
    ...(request.agentName ? { agentName: request.agentName } : {}),
  })
}
