import { ZKnowledgeArticlesQuery, type KnowledgeArticlesPage, type KnowledgeSummary } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createKbInventoryRepo } from '../db/kb-inventory-repo.ts'
import { createKbSyncRepo } from '../db/kb-sync-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { parseWith } from '../http/validate.ts'

/**
 * /v1/admin/knowledge (admins only, like every route not in AGENT_OPERATIONS): the Help Center sync's state,
 * the index's counts per language, and a searchable page of the indexed articles. "Sync now" is
 * POST /v1/kb/sync.
 */
export const adminKnowledgeRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const tenantId = c.get('tenant').id
    const db = tenantDatabase(c.env, tenantId)
    const [state, languages] = await Promise.all([
      createKbSyncRepo(db, tenantId).readState(),
      createKbInventoryRepo(db, tenantId).countByLanguage(),
    ])
    const { cursor: _cursor, ...sync } = state
    c.header('Cache-Control', 'no-store')
    return c.json({ sync, languages } satisfies KnowledgeSummary)
  })
  .get('/articles', async (c) => {
    const query = parseWith(ZKnowledgeArticlesQuery, c.req.query())
    const tenantId = c.get('tenant').id
    const page = await createKbInventoryRepo(tenantDatabase(c.env, tenantId), tenantId).listArticles(query)
    c.header('Cache-Control', 'no-store')
    return c.json(page satisfies KnowledgeArticlesPage)
  })
