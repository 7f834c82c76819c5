import type { TrainTarget } from '@deskmate/shared'

/** A trained model as stored for a tenant. */
export type StoredModel = {
  target: TrainTarget
  json: string
  labels: string[]
  examples: number
  holdoutAccuracy: number | null
  trainedAt: string
}

/**
 * Characters per stored chunk of a model's JSON. D1 rows hold at most 2,000,000 bytes; a chunk is at most
 * 1,200,000 bytes even if every character took three bytes in UTF-8 (the JSON is ASCII but for label names).
 */
export const MODEL_CHUNK_CHARS = 400_000

type ModelRow = {
  target: TrainTarget
  model_json: string
  chunks: number
  labels_json: string
  examples: number
  holdout_accuracy: number | null
  trained_at: string
}

export const chunksOf = (json: string): string[] => {
  const chunks: string[] = []
  for (let i = 0; i < json.length; i += MODEL_CHUNK_CHARS) chunks.push(json.slice(i, i + MODEL_CHUNK_CHARS))
  return chunks
}

const MODEL_COLUMNS = 'target, model_json, chunks, labels_json, examples, holdout_accuracy, trained_at'

// Only when the tenant's models version is not the caller's (null: always): a warm isolate reads no model JSON.
const IF_CHANGED = '(SELECT models_version FROM tenants WHERE id = ?1) IS NOT ?2'

/** The models a pair of results of the models and model_chunks statements hold. */
const assembleModels = (models: D1Result | undefined, chunks: D1Result | undefined): StoredModel[] => {
  const parts = new Map<string, string[]>()
  for (const chunk of (chunks?.results ?? []) as { target: string; data: string }[])
    parts.set(chunk.target, [...(parts.get(chunk.target) ?? []), chunk.data])
  return ((models?.results ?? []) as ModelRow[]).map((row) => ({
    target: row.target,
    json: row.chunks > 0 ? (parts.get(row.target) ?? []).join('') : row.model_json,
    labels: JSON.parse(row.labels_json) as string[],
    examples: row.examples,
    holdoutAccuracy: row.holdout_accuracy,
    trainedAt: row.trained_at,
  }))
}

/** SQL for the per-tenant trained models; each model's JSON is stored in chunks well under D1's row size. */
export const createModelsRepo = (db: D1Database, tenantId: string) => ({
  async list(): Promise<StoredModel[]> {
    const [models, chunks] = await db.batch(this.listChangedStatements(null))
    return assembleModels(models, chunks)
  },

  /**
   * The two statements that list the models and their chunks, only when the tenant's models version is not
   * `knownVersion` (batch them with a request's other reads; `readListed` reads their results).
   */
  listChangedStatements(knownVersion: number | null): [D1PreparedStatement, D1PreparedStatement] {
    return [
      db
        .prepare(`SELECT ${MODEL_COLUMNS} FROM models WHERE tenant_id = ?1 AND ${IF_CHANGED}`)
        .bind(tenantId, knownVersion),
      db
        .prepare(
          `SELECT target, data FROM model_chunks WHERE tenant_id = ?1 AND ${IF_CHANGED} ORDER BY target, seq`,
        )
        .bind(tenantId, knownVersion),
    ]
  },

  /** The models the results of `listChangedStatements` hold. */
  readListed: assembleModels,

  /** Replaces the target's model and its chunks in one transaction (a reader sees the old or the new one). */
  async save(model: StoredModel): Promise<void> {
    await db.batch(this.saveStatements(model))
  },

  /** The statements that replace the target's model and its chunks (batch them with what goes with it). */
  saveStatements(model: StoredModel): D1PreparedStatement[] {
    const chunks = chunksOf(model.json)
    return [
      db
        .prepare(
          `INSERT INTO models (tenant_id, target, model_json, chunks, labels_json, examples, holdout_accuracy,
             trained_at)
           VALUES (?, ?, '', ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, target) DO UPDATE SET model_json = '', chunks = excluded.chunks,
             labels_json = excluded.labels_json, examples = excluded.examples,
             holdout_accuracy = excluded.holdout_accuracy, trained_at = excluded.trained_at`,
        )
        .bind(
          tenantId,
          model.target,
          chunks.length,
          JSON.stringify(model.labels),
          model.examples,
          model.holdoutAccuracy,
          model.trainedAt,
        ),
      db.prepare('DELETE FROM model_chunks WHERE tenant_id = ? AND target = ?').bind(tenantId, model.target),
      ...chunks.map((data, seq) =>
        db
          .prepare('INSERT INTO model_chunks (tenant_id, target, seq, data) VALUES (?, ?, ?, ?)')
          .bind(tenantId, model.target, seq, data),
      ),
    ]
  },

  /** The statements that remove the target's model (the shipped one answers again). */
  deleteStatements(target: TrainTarget): D1PreparedStatement[] {
    return [
      db.prepare('DELETE FROM model_chunks WHERE tenant_id = ? AND target = ?').bind(tenantId, target),
      db.prepare('DELETE FROM models WHERE tenant_id = ? AND target = ?').bind(tenantId, target),
    ]
  },
})
export type ModelsRepo = ReturnType<typeof createModelsRepo>
