import {
  AppError,
  ZDraftRequest,
  toProblem,
  type Draft,
  type DraftRequest,
  type StreamToken,
} from '@deskmate/shared'
import { Hono, type Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { AppEnv } from '../env.ts'
import { createKbRepo } from '../db/kb-repo.ts'
import { createStreamTokensRepo } from '../db/stream-tokens-repo.ts'
import { directoryDatabase, tenantDatabase } from '../db/tenant-database.ts'
import { logEvent } from '../http/log.ts'
import { parseJsonText, parseWith, validateJson } from '../http/validate.ts'
import { draftReply } from '../services/draft-reply.ts'
import { openTenantScope } from '../services/request-scope.ts'
import { loadTenantState } from '../services/tenant-state/load-tenant-state.ts'

const eventsFor = async (c: Context<AppEnv>, request: DraftRequest) => {
  const scope = await openTenantScope(c)
  const tenantId = c.get('tenant').id
  const kb = createKbRepo(tenantDatabase(c.env, tenantId), tenantId)
  return draftReply(request, {
    ...scope,
    getArticles: (ids) => kb.getArticles(ids),
    getTranslations: (articles, language) => kb.findTranslations(articles, language),
  })
}

/** Streams draft events as SSE; an error after the stream started becomes an `error` event. */
const streamDraft = (c: Context<AppEnv>, request: DraftRequest): Response =>
  streamSSE(c, async (stream) => {
    try {
      for await (const event of await eventsFor(c, request)) {
        if (event.type === 'done') {
          const { tokens: _tokens, ...draft } = event.draft
          await stream.writeSSE({ event: 'done', data: JSON.stringify(draft satisfies Draft) })
        } else {
          await stream.writeSSE({
            event: event.type,
            data: JSON.stringify(event.type === 'delta' ? { text: event.text } : {}),
          })
        }
      }
    } catch (err) {
      const error =
        err instanceof AppError ? err : new AppError('internal', 'The draft failed', { cause: err })
      logEvent('error', 'draft_stream_failed', { requestId: c.get('requestId'), code: error.code })
      await stream.writeSSE({ event: 'error', data: JSON.stringify(toProblem(error, c.get('requestId'))) })
    }
  })

const collectDraft = async (c: Context<AppEnv>, request: DraftRequest): Promise<Draft> => {
  for await (const event of await eventsFor(c, request)) {
    if (event.type === 'done') {
      const { tokens: _tokens, ...draft } = event.draft
      return draft
    }
  }
  throw new AppError('internal', 'The engine finished without a draft')
}

const wantsJson = (c: Context<AppEnv>): boolean => /application\/json/i.test(c.req.header('Accept') ?? '')

/** /v1/replies: drafts as SSE or JSON, and the one-use token for direct streaming from the iframe. */
export const replyRoutes = new Hono<AppEnv>()
  .post('/draft', validateJson(ZDraftRequest), async (c) => {
    const request = c.req.valid('json')
    return wantsJson(c) ? c.json(await collectDraft(c, request)) : streamDraft(c, request)
  })
  .post('/stream-token', validateJson(ZDraftRequest), async (c) => {
    const { token, expiresAt } = await createStreamTokensRepo(directoryDatabase(c.env)).issue(
      c.get('tenant').id,
      JSON.stringify(c.req.valid('json')),
      new Date(),
    )
    const url = `${new URL(c.req.url).origin}/v1/replies/stream/${token}`
    return c.json({ token, url, expiresAt: expiresAt.toISOString() } satisfies StreamToken)
  })

const UNUSABLE_TOKEN = 'The stream token is unknown, used or expired'

/**
 * GET /v1/replies/stream/:token: the direct, CORS-enabled stream; the token is the credential. HEAD (which
 * Hono answers with the GET handler) only says whether the token is usable: a link checker or a prefetch
 * must not spend a one-use token.
 */
export const replyStreamRoutes = new Hono<AppEnv>().get('/:token{[A-Za-z0-9_-]{20,100}}', async (c) => {
  // Found by the token alone, before its tenant is known: the tokens live in the directory's database.
  const tokens = createStreamTokensRepo(directoryDatabase(c.env))
  if (c.req.method === 'HEAD') {
    if (!(await tokens.isUsable(c.req.param('token'), new Date())))
      throw new AppError('unauthorized', UNUSABLE_TOKEN)
    return c.body(null, 200, { 'Content-Type': 'text/event-stream' })
  }
  const bound = await tokens.consume(c.req.param('token'), new Date())
  if (!bound) throw new AppError('unauthorized', UNUSABLE_TOKEN)
  const state = await loadTenantState(c.env, bound.tenantId, new Date())
  if (!state) throw new AppError('unauthorized', UNUSABLE_TOKEN)
  c.set('tenant', state.tenant)
  c.set('tenantState', state)
  return streamDraft(c, parseWith(ZDraftRequest, parseJsonText(bound.requestJson)))
})
