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

/** A models row. */
export type ModelRow = {
  target: TrainTarget
  model_json: string
  labels_json: string
  examples: number
  holdout_accuracy: number | null
  trained_at: string
}

const MODEL_COLUMNS = 'target, model_json, labels_json, examples, holdout_accuracy, trained_at'

/** A models row as the engines read it. */
export const toStoredModel = (row: ModelRow): StoredModel => ({
  target: row.target,
  json: row.model_json,
  labels: JSON.parse(row.labels_json) as string[],
  examples: row.examples,
  holdoutAccuracy: row.holdout_accuracy,
  trainedAt: row.trained_at,
})

/** SQL for the per-tenant trained models. */
export const createModelsRepo = (db: D1Database, tenantId: string) => ({
  async list(): Promise<StoredModel[]> {
    const { results } = await db
      .prepare(`SELECT ${MODEL_COLUMNS} FROM models WHERE tenant_id = ?`)
      .bind(tenantId)
      .all<ModelRow>()
    return results.map(toStoredModel)
  },

  /**
   * The statement that lists the models only when the tenant's models version is not `knownVersion`: a warm
   * isolate reads no model JSON, however large, until a retrain bumps the version.
   */
  listChangedStatement(knownVersion: number | null): D1PreparedStatement {
    return db
      .prepare(
        `SELECT ${MODEL_COLUMNS} FROM models
         WHERE tenant_id = ?1 AND (SELECT models_version FROM tenants WHERE id = ?1) IS NOT ?2`,
      )
      .bind(tenantId, knownVersion)
  },

  async save(model: StoredModel): Promise<void> {
    await db
      .prepare(
        `INSERT INTO models (tenant_id, target, model_json, labels_json, examples, holdout_accuracy, trained_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, target) DO UPDATE SET model_json = excluded.model_json,
           labels_json = excluded.labels_json, examples = excluded.examples,
           holdout_accuracy = excluded.holdout_accuracy, trained_at = excluded.trained_at`,
      )
      .bind(
        tenantId,
        model.target,
        model.json,
        JSON.stringify(model.labels),
        model.examples,
        model.holdoutAccuracy,
        model.trainedAt,
      )
      .run()
  },
})
export type ModelsRepo = ReturnType<typeof createModelsRepo>
