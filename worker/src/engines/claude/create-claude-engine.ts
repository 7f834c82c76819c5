import type { Engine } from '../engine.ts'
import { analyzeWithCascade } from './analyze-with-cascade.ts'
import { draftWithClaude } from './draft-with-claude.ts'
import type { ClaudeEngineOptions } from './options.ts'

export type { ClaudeEngineOptions } from './options.ts'

/**
 * The Claude engine: a cascade over the local engine. Analysis asks Claude only for low-confidence
 * tickets, suggestions stay local (retrieval lives in D1), drafts stream from Claude. Any LLM failure
 * falls back to the local engine's result; results name the engine that actually produced them.
 */
export const createClaudeEngine = (opts: ClaudeEngineOptions): Engine => ({
  name: 'claude',
  analyze: (ticket) => analyzeWithCascade(ticket, opts),
  suggest: (input) => opts.local.suggest(input),
  draft: (input) => draftWithClaude(input, opts),
})
