import {
  AppError,
  ZKbUpsertRequest,
  ZSuggestRequest,
  ticketText,
  type SuggestResponse,
} from '@deskmate/shared'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { createKbRepo } from '../db/kb-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { validateJson } from '../http/validate.ts'
import { importFormatOf, parseImport } from '../services/kb-import/import-articles.ts'
import { openTenantScope } from '../services/request-scope.ts'

/** The knowledge base of the request's tenant. */
const kbOf = (c: Context<AppEnv>) => {
  const tenantId = c.get('tenant').id
  return createKbRepo(tenantDatabase(c.env, tenantId), tenantId)
}

/** /v1/kb: suggestions, article upsert, delete and bulk import. */
export const kbRoutes = new Hono<AppEnv>()
  .post('/suggest', validateJson(ZSuggestRequest), async (c) => {
    const request = c.req.valid('json')
    const { engine } = await openTenantScope(c)
    const text = request.query ?? ticketText(request.ticket ?? { subject: '', body: '' })
    const language =
      request.language ?? (request.ticket ? (await engine.analyze(request.ticket)).language.code : null)
    const articles = await engine.suggest({ text, language, limit: request.limit })
    return c.json({ articles, engine: 'local' } satisfies SuggestResponse)
  })
  .put('/articles', validateJson(ZKbUpsertRequest), async (c) => {
    const { articles } = c.req.valid('json')
    const ids = articles.map((a) => a.id)
    if (new Set(ids).size !== ids.length)
      throw new AppError('validation_failed', 'Article ids must be unique')
    await kbOf(c).upsertArticles(articles)
    return c.json({ upserted: articles.length, ids })
  })
  .post('/articles/import', async (c) => {
    const format = importFormatOf(c.req.header('Content-Type') ?? '')
    const articles = parseImport(format, await c.req.text())
    await kbOf(c).upsertArticles(articles)
    return c.json({ format, imported: articles.length, ids: articles.map((a) => a.id) })
  })
  .delete('/articles/:id', async (c) => {
    const existed = await kbOf(c).deleteArticle(c.req.param('id'))
    if (!existed) throw new AppError('not_found', 'No article with that id')
    return c.body(null, 204)
  })
