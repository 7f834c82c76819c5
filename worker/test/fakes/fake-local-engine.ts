import type { Engine, EngineDraftEvent, TicketInsights } from '../../src/engines/engine.ts'

/** What the fake local engine says, and how often it was asked. */
export type FakeLocalEngine = Engine & { calls: { analyze: number; suggest: number; draft: number } }

/** The local draft's text, in two deltas. */
export const LOCAL_DRAFT_TEXT = 'Hello from the local engine. Steps: see the guide.'

/**
 * A stand-in for the local engine with fixed labels at a chosen confidence (per field if needed), so
 * cascade tests decide whether Claude is consulted.
 */
export const createFakeLocalEngine = (
  confidence: number | Partial<Record<'category' | 'priority' | 'type', number>>,
): FakeLocalEngine => {
  const at = (field: 'category' | 'priority' | 'type') =>
    typeof confidence === 'number' ? confidence : (confidence[field] ?? 0.95)
  const calls = { analyze: 0, suggest: 0, draft: 0 }
  const insights: TicketInsights = {
    category: { label: 'other', confidence: at('category') },
    priority: { label: 'normal', confidence: at('priority') },
    type: { label: 'question', confidence: at('type') },
    sentiment: { score: 0, label: 'neutral', frustrated: false, urgent: false },
    language: { code: 'en', confidence: 0.99 },
    entities: { orderNumbers: ['A-1001'], invoiceIds: [], emails: [], errorCodes: [], urls: [] },
    engine: 'local',
    tokens: 0,
  }
  return {
    name: 'local',
    calls,
    analyze: async () => {
      calls.analyze++
      return structuredClone(insights)
    },
    suggest: async () => {
      calls.suggest++
      return [
        {
          id: 'kb-1',
          title: 'Reset',
          url: null,
          snippet: 'Reset it',
          locale: 'en',
          score: 3,
          confidence: 0.8,
        },
      ]
    },
    draft: async function* (input): AsyncGenerator<EngineDraftEvent> {
      calls.draft++
      const half = Math.floor(LOCAL_DRAFT_TEXT.length / 2)
      yield { type: 'delta', text: LOCAL_DRAFT_TEXT.slice(0, half) }
      yield { type: 'delta', text: LOCAL_DRAFT_TEXT.slice(half) }
      const citations = input.articles.slice(0, 1).map((a) => ({ id: a.id, title: a.title, url: a.url }))
      const { language, tone } = input
      yield {
        type: 'done',
        draft: { text: LOCAL_DRAFT_TEXT, citations, language, tone, engine: 'local', tokens: 0 },
      }
    },
  }
}
