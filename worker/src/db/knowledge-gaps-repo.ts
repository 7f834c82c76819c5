/** A recent ticket no article answered. */
export type GapTicket = { ticketId: string; subject: string; excerpt: string; createdAt: string }

/**
 * How long a gap ticket is kept: the knowledge gaps look at recent tickets only (the prune triggers of
 * migration 0015 spell it out).
 */
export const GAP_RETENTION_DAYS = 90

/** SQL for the tickets the knowledge gaps are clustered from. */
export const createKnowledgeGapsRepo = (db: D1Database, tenantId: string) => ({
  /**
   * The statement that records a gap ticket (its latest text wins); the tenant's expired ones go with it
   * (triggers `knowledge_gap_tickets_prune_*`).
   */
  recordStatement(gap: Omit<GapTicket, 'createdAt'>, now: Date): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO knowledge_gap_tickets (tenant_id, ticket_id, subject, excerpt, created_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, ticket_id) DO UPDATE SET subject = excluded.subject,
         excerpt = excluded.excerpt, created_at = excluded.created_at`,
      )
      .bind(tenantId, gap.ticketId, gap.subject, gap.excerpt, now.toISOString())
  },

  /** The newest gap tickets since `since`, at most `limit`. */
  async recent(since: Date, limit: number): Promise<GapTicket[]> {
    const { results } = await db
      .prepare(
        `SELECT ticket_id AS ticketId, subject, excerpt, created_at AS createdAt FROM knowledge_gap_tickets
         WHERE tenant_id = ? AND created_at >= ? ORDER BY created_at DESC LIMIT ?`,
      )
      .bind(tenantId, since.toISOString(), limit)
      .all<GapTicket>()
    return results
  },
})
