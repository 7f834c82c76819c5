import { z } from 'zod'
import { ZTicket } from '../tickets/ticket.ts'
import { ZReason } from './analyze.ts'
import { TONES } from './tones.ts'

export { TONES, type Tone } from './tones.ts'

/** POST /v1/replies/draft body. */
export const ZDraftRequest = z.object({
  ticket: ZTicket,
  tone: z.enum(TONES).default('friendly'),
  language: z.string().max(10).optional(),
  articleIds: z.array(z.string().max(200)).max(5).optional(),
  agentName: z.string().max(200).optional(),
})
export type DraftRequest = z.infer<typeof ZDraftRequest>

/** An article a draft cites. */
export const ZCitation = z.object({ id: z.string(), title: z.string(), url: z.string().nullable() })
export type Citation = z.infer<typeof ZCitation>

/** The finished draft (the JSON answer, and the SSE `done` event's data). */
export const ZDraft = z.object({
  text: z.string(),
  citations: z.array(ZCitation),
  language: z.string(),
  tone: z.enum(TONES),
  engine: z.enum(['local', 'claude']),
  /** What the agent must check before sending (`no_answer`, `no_translation`, `draft_unverified`, …); absent when nothing. */
  review: z.array(ZReason).optional(),
})
export type Draft = z.infer<typeof ZDraft>

/** Events of a streamed draft: text deltas, then one `done` (or one `error`). */
export type DraftEvent = { type: 'delta'; text: string } | { type: 'done'; draft: Draft }

/** POST /v1/replies/stream-token answer: a one-use token for the direct streaming call. */
export const ZStreamToken = z.object({ token: z.string(), expiresAt: z.string(), url: z.string() })
export type StreamToken = z.infer<typeof ZStreamToken>
