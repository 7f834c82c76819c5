import type {
  Draft,
  DraftEvent,
  Entities,
  EngineName,
  ScoredLabel,
  Sentiment,
  Suggestion,
  Ticket,
  Tone,
} from '@deskmate/shared'

/** What an engine says about a ticket before the policy is applied. */
export type TicketInsights = {
  category: ScoredLabel
  priority: ScoredLabel
  type: ScoredLabel
  sentiment: Sentiment
  language: { code: string; confidence: number }
  entities: Entities
  engine: EngineName
  /** LLM tokens spent (0 for the local engine). */
  tokens: number
}

/** A KB article as the draft composer reads it. */
export type DraftArticle = {
  id: string
  title: string
  body: string
  url: string | null
  locale: string
  /** Retrieval confidence that it answers the ticket; absent when an agent chose the article. */
  confidence?: number
}

/** Input of a draft. */
export type DraftInput = {
  ticket: Ticket
  articles: DraftArticle[]
  tone: Tone
  /** The language to write in (the customer's by default). */
  language: string
  agentName?: string
  /** The tenant's answer threshold: an article below it does not answer the ticket. */
  threshold?: number
  /** How the customer feels, when analysis already said (the local engine works it out otherwise). */
  sentiment?: Pick<Sentiment, 'label' | 'frustrated'>
}

/** What a suggestion call searches for. */
export type SuggestInput = { text: string; language: string | null; limit: number }

/** The finished draft plus what it cost. */
export type DraftResult = Draft & { tokens: number }

/** A streamed draft; `reset` tells the client to discard the text so far (a fallback restarted it). */
export type EngineDraftEvent =
  Exclude<DraftEvent, { type: 'done' }> | { type: 'reset' } | { type: 'done'; draft: DraftResult }

/** The contract both engines implement. */
export interface Engine {
  readonly name: EngineName
  /** Category, priority, type, sentiment, language and entities of a ticket. */
  analyze(ticket: Ticket): Promise<TicketInsights>
  /** Ranked KB articles for a text, with calibrated confidence. */
  suggest(input: SuggestInput): Promise<Suggestion[]>
  /** A reply in the requested language and tone that cites only the given articles. */
  draft(input: DraftInput): AsyncIterable<EngineDraftEvent>
}
