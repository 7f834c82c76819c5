import { cleanText, foldLookAlikes, ticketText, type Suggestion, type TrainTarget } from '@deskmate/shared'
import type { KbRepo } from '../../db/kb-repo.ts'
import type { Engine, EngineDraftEvent, TicketInsights } from '../engine.ts'
import { argmax, predictFromCounts, type LinearModel } from './classifier/linear-model.ts'
import { composeDraft } from './draft/compose-draft.ts'
import { extractEntities } from './entities/extract-entities.ts'
import { detectLanguage } from './language/detect-language.ts'
import type { TenantModels } from './model-cache.ts'
import { DEFAULT_MODELS } from './model/default-models.ts'
import { searchArticles } from './retrieval/search-articles.ts'
import { describeSentiment, sentimentScore } from './sentiment/score-sentiment.ts'
import { createTextFeatures, type TextFeatures } from './text/text-features.ts'

/** What the local engine needs: the tenant's KB, its trained models (parsed) and its taxonomy. */
export type LocalEngineDeps = {
  kb: KbRepo
  models?: TenantModels
  categories: string[]
}

const SNIPPET_CHARS = 200
const DRAFT_CHUNK_WORDS = 6

const round = (value: number): number => Number(value.toFixed(3))

/** The most probable label among `allowed` (all labels when `allowed` is empty). */
const pickLabel = (model: LinearModel, features: TextFeatures, allowed: readonly string[]) => {
  const probabilities = predictFromCounts(model, features.countsFor(model.config))
  if (allowed.length === 0) {
    const best = argmax(probabilities)
    return { label: model.labels[best] as string, confidence: round(probabilities[best] as number) }
  }
  let label: string | null = null
  let confidence = -1
  model.labels.forEach((candidate, i) => {
    if (allowed.includes(candidate) && (probabilities[i] as number) > confidence) {
      label = candidate
      confidence = probabilities[i] as number
    }
  })
  // A taxonomy the model was not trained on: fall back to "other" (or the first category) with no confidence.
  if (label === null)
    return { label: allowed.includes('other') ? 'other' : (allowed[0] as string), confidence: 0 }
  return { label: label as string, confidence: round(confidence) }
}

const snippetOf = (body: string): string => {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length <= SNIPPET_CHARS ? flat : `${flat.slice(0, SNIPPET_CHARS - 1).trimEnd()}…`
}

/** The built-in engine: linear classifiers, ELD language detection, FTS5 retrieval and a template composer. */
export const createLocalEngine = (deps: LocalEngineDeps): Engine => {
  const modelFor = (target: TrainTarget): LinearModel => deps.models?.[target] ?? DEFAULT_MODELS[target]

  const sentimentOf = (text: string, features = createTextFeatures(text)) => {
    const model = modelFor('sentiment')
    const probabilities = predictFromCounts(model, features.countsFor(model.config))
    return describeSentiment(text, sentimentScore(model.labels, probabilities))
  }

  return {
    name: 'local',

    async analyze(ticket) {
      const text = ticketText(ticket)
      // Full-width or look-alike letters and invisible characters would hide the language and the entities.
      const clean = cleanText(text)
      // The shipped classifiers share one hashing configuration: the text is hashed once for all of them.
      const features = createTextFeatures(text)
      const insights: TicketInsights = {
        category: pickLabel(modelFor('category'), features, deps.categories),
        priority: pickLabel(modelFor('priority'), features, []),
        type: pickLabel(modelFor('type'), features, []),
        sentiment: sentimentOf(text, features),
        language: detectLanguage(foldLookAlikes(clean)),
        entities: extractEntities(clean),
        engine: 'local',
        tokens: 0,
      }
      return insights
    },

    async suggest(input) {
      const ranked = await searchArticles(deps.kb, input)
      return ranked.map(({ article, score, confidence }): Suggestion => ({
        id: article.id,
        title: article.title,
        url: article.url,
        snippet: snippetOf(article.body),
        locale: article.locale,
        score,
        confidence,
      }))
    },

    async *draft(input): AsyncIterable<EngineDraftEvent> {
      const composed = composeDraft(input, input.sentiment ?? sentimentOf(ticketText(input.ticket)))
      const words = composed.text.split(/(?<=\s)/)
      for (let i = 0; i < words.length; i += DRAFT_CHUNK_WORDS) {
        yield { type: 'delta', text: words.slice(i, i + DRAFT_CHUNK_WORDS).join('') }
      }
      yield {
        type: 'done',
        draft: { ...composed, tone: input.tone, engine: 'local', tokens: 0 },
      }
    },
  }
}
