import { AppError } from '@deskmate/shared'
import { LLM_TIMEOUTS_MS } from '../../llm/create-client.ts'
import { countUsageTokens, mergeUsage, type UsageTokens } from '../../llm/count-usage-tokens.ts'
import { mapLlmError } from '../../llm/map-llm-error.ts'
import { buildDraftRequest } from '../../llm/prompts/draft.ts'
import type { DraftInput, EngineDraftEvent } from '../engine.ts'
import { createCitationFilter } from './citation-filter.ts'
import type { ClaudeEngineOptions } from './options.ts'
import { reviewDraft } from './review-draft.ts'

/** Re-emits the local draft, adding the tokens a failed Claude attempt already spent. */
async function* draftLocally(
  input: DraftInput,
  opts: ClaudeEngineOptions,
  spentTokens: number,
): AsyncGenerator<EngineDraftEvent> {
  for await (const event of opts.local.draft(input)) {
    yield event.type === 'done'
      ? { ...event, draft: { ...event.draft, tokens: event.draft.tokens + spentTokens } }
      : event
  }
}

/**
 * Streams a Claude draft as `delta` events and one `done` whose text is exactly the deltas joined and whose
 * citations are supplied articles the text cites. On failure it falls back to the local draft: silently
 * before any text, after a `reset` event once text was shown.
 */
export async function* draftWithClaude(
  input: DraftInput,
  opts: ClaudeEngineOptions,
): AsyncGenerator<EngineDraftEvent> {
  const filter = createCitationFilter(input.articles)
  const idleMs = opts.timeouts?.draftMs ?? LLM_TIMEOUTS_MS.draft
  let usage: UsageTokens = {}
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let abortStream = () => {}
  const armIdleTimer = () => {
    clearTimeout(idleTimer)
    // The SDK's timeout covers the wait for headers only; a stream that stalls afterwards is abandoned here.
    idleTimer = setTimeout(() => abortStream(), idleMs)
  }

  const reservation = opts.budget ? await opts.budget.reserve() : undefined
  if (reservation === null) {
    yield* opts.local.draft(input)
    return
  }
  try {
    const stream = await opts.client.messages.create(buildDraftRequest(opts.models.draft, input), {
      timeout: idleMs,
    })
    abortStream = () => stream.controller.abort()
    let stopReason: string | null = null
    let isComplete = false
    armIdleTimer()
    for await (const event of stream) {
      // Only upstream silence counts, not the time the caller takes to consume a delta.
      clearTimeout(idleTimer)
      if (event.type === 'message_start') usage = mergeUsage(usage, event.message.usage)
      else if (event.type === 'message_delta') {
        usage = mergeUsage(usage, event.usage)
        stopReason = event.delta.stop_reason
      } else if (event.type === 'message_stop') isComplete = true
      else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        const text = filter.push(event.delta.text)
        if (text) yield { type: 'delta', text }
      }
      armIdleTimer()
    }
    // An aborted stream ends quietly in the SDK, so completeness is checked rather than assumed.
    if (!isComplete) throw new AppError('llm_timeout', 'The draft stream ended before message_stop')
    if (stopReason === 'refusal') throw new AppError('llm_upstream', 'The model declined to draft a reply')
    const rest = filter.flush()
    if (rest) yield { type: 'delta', text: rest }
    if (filter.text().trim().length === 0)
      throw new AppError('llm_upstream', 'The model returned an empty draft')
    const tokens = countUsageTokens(usage)
    opts.onUsage?.(tokens)
    const { language, tone } = input
    const text = filter.text()
    const citations = filter.citations()
    const review = reviewDraft(input, text, citations)
    const draft = {
      text,
      citations,
      language,
      tone,
      engine: 'claude' as const,
      ...(review.length > 0 ? { review } : {}),
    }
    yield { type: 'done', draft: { ...draft, tokens } }
  } catch (err) {
    clearTimeout(idleTimer)
    abortStream()
    const spent = countUsageTokens(usage)
    if (spent > 0) opts.onUsage?.(spent)
    opts.onFallback?.(mapLlmError(err))
    if (filter.text().length > 0) yield { type: 'reset' }
    yield* draftLocally(input, opts, spent)
  } finally {
    // Also runs when the caller stops reading early: the upstream request must not outlive it.
    clearTimeout(idleTimer)
    abortStream()
    await reservation?.settle(countUsageTokens(usage))
  }
}
