/** A KB article that came from the helpdesk: its local id and the helpdesk's article id. */
export type SyncedArticle = { localId: string; sourceId: string }

/** The last sync's cursor and counts, and the last failure since a sync succeeded (null when none). */
export type KbSyncState = {
  cursor: number
  syncedAt: string | null
  articles: number
  examples: number
  lastError: string | null
  failedAt: string | null
}

type StateRow = {
  cursor: number
  synced_at: string | null
  articles: number
  examples: number
  last_error: string | null
  failed_at: string | null
}

/** SQL for the Help Center sync: the export cursor and the articles it wrote. */
export const createKbSyncRepo = (db: D1Database, tenantId: string) => ({
  async readState(): Promise<KbSyncState> {
    const row = await db
      .prepare(
        'SELECT cursor, synced_at, articles, examples, last_error, failed_at FROM kb_sync_state WHERE tenant_id = ?',
      )
      .bind(tenantId)
      .first<StateRow>()
    return {
      cursor: row?.cursor ?? 0,
      syncedAt: row?.synced_at ?? null,
      articles: row?.articles ?? 0,
      examples: row?.examples ?? 0,
      lastError: row?.last_error ?? null,
      failedAt: row?.failed_at ?? null,
    }
  },

  async listSynced(): Promise<SyncedArticle[]> {
    const { results } = await db
      .prepare('SELECT local_id, source_id FROM kb_sync_articles WHERE tenant_id = ?')
      .bind(tenantId)
      .all<{ local_id: string; source_id: string }>()
    return results.map((row) => ({ localId: row.local_id, sourceId: row.source_id }))
  },

  trackStatement(article: SyncedArticle): D1PreparedStatement {
    return db
      .prepare(
        'INSERT INTO kb_sync_articles (tenant_id, local_id, source_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      )
      .bind(tenantId, article.localId, article.sourceId)
  },

  untrackStatement(localId: string): D1PreparedStatement {
    return db
      .prepare('DELETE FROM kb_sync_articles WHERE tenant_id = ? AND local_id = ?')
      .bind(tenantId, localId)
  },

  /** Records a successful sync (and clears the last failure). */
  saveStatement(
    state: Pick<KbSyncState, 'cursor' | 'articles' | 'examples'>,
    now: Date,
  ): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO kb_sync_state (tenant_id, cursor, synced_at, articles, examples) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tenant_id) DO UPDATE SET cursor = ?2, synced_at = ?3, articles = ?4, examples = ?5,
           last_error = NULL, failed_at = NULL`,
      )
      .bind(tenantId, state.cursor, now.toISOString(), state.articles, state.examples)
  },

  /** Records a failed sync: what went wrong (an error code and message, never a secret) and when. */
  failStatement(error: string, now: Date): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO kb_sync_state (tenant_id, last_error, failed_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (tenant_id) DO UPDATE SET last_error = ?2, failed_at = ?3`,
      )
      .bind(tenantId, error.slice(0, 500), now.toISOString())
  },
})
