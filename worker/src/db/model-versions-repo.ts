import type { TrainingCandidate, TrainTarget } from '@deskmate/shared'
import { chunksOf, type StoredModel } from './models-repo.ts'

/** The candidate the console trained, or the model an adoption replaced. */
export type VersionState = 'candidate' | 'previous'

/** A stored version: its model (null: the shipped model, the tenant had none) and a candidate's report. */
export type StoredVersion = { id: string; model: StoredModel | null; report: TrainingCandidate | null }

/** A version's description without its model JSON. */
export type VersionInfo = {
  examples: number | null
  trainedAt: string | null
  report: TrainingCandidate | null
}

type VersionRow = {
  id: string
  chunks: number
  labels_json: string
  examples: number | null
  holdout_accuracy: number | null
  trained_at: string | null
  report_json: string | null
}

const COLUMNS = 'id, chunks, labels_json, examples, holdout_accuracy, trained_at, report_json'

const reportOf = (row: VersionRow): TrainingCandidate | null =>
  row.report_json === null ? null : (JSON.parse(row.report_json) as TrainingCandidate)

/** SQL for the tenant's model versions beside the active ones (one candidate and one previous per target). */
export const createModelVersionsRepo = (db: D1Database, tenantId: string, target: TrainTarget) => {
  const findRow = (state: VersionState) =>
    db
      .prepare(`SELECT ${COLUMNS} FROM model_versions WHERE tenant_id = ? AND target = ? AND state = ?`)
      .bind(tenantId, target, state)
      .first<VersionRow>()

  return {
    /** The version in `state` without its model JSON; null when there is none. */
    async info(state: VersionState): Promise<VersionInfo | null> {
      const row = await findRow(state)
      return row && { examples: row.examples, trainedAt: row.trained_at, report: reportOf(row) }
    },

    /** The version in `state` with its model; null when there is none. */
    async read(state: VersionState): Promise<StoredVersion | null> {
      const row = await findRow(state)
      if (!row) return null
      if (row.chunks === 0) return { id: row.id, model: null, report: reportOf(row) }
      const { results } = await db
        .prepare('SELECT data FROM model_version_chunks WHERE version_id = ? ORDER BY seq')
        .bind(row.id)
        .all<{ data: string }>()
      const model: StoredModel = {
        target,
        json: results.map((chunk) => chunk.data).join(''),
        labels: JSON.parse(row.labels_json) as string[],
        examples: row.examples ?? 0,
        holdoutAccuracy: row.holdout_accuracy,
        trainedAt: row.trained_at ?? '',
      }
      return { id: row.id, model, report: reportOf(row) }
    },

    /** The statements that remove the version in `state`, if any. */
    deleteStatements(state: VersionState): D1PreparedStatement[] {
      const match = 'tenant_id = ?1 AND target = ?2 AND state = ?3'
      return [
        db
          .prepare(
            `DELETE FROM model_version_chunks WHERE version_id IN (SELECT id FROM model_versions WHERE ${match})`,
          )
          .bind(tenantId, target, state),
        db.prepare(`DELETE FROM model_versions WHERE ${match}`).bind(tenantId, target, state),
      ]
    },

    /** The statements that put `model` (null: the shipped model) in `state`, replacing what was there. */
    putStatements(
      state: VersionState,
      id: string,
      model: StoredModel | null,
      report: TrainingCandidate | null,
      now: Date,
    ): D1PreparedStatement[] {
      const chunks = model ? chunksOf(model.json) : []
      return [
        ...this.deleteStatements(state),
        db
          .prepare(
            `INSERT INTO model_versions (id, tenant_id, target, state, chunks, labels_json, examples,
               holdout_accuracy, trained_at, report_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(
            id,
            tenantId,
            target,
            state,
            chunks.length,
            JSON.stringify(model?.labels ?? []),
            model?.examples ?? null,
            model?.holdoutAccuracy ?? null,
            model?.trainedAt ?? null,
            report ? JSON.stringify(report) : null,
            now.toISOString(),
          ),
        ...chunks.map((data, seq) =>
          db
            .prepare('INSERT INTO model_version_chunks (version_id, seq, data) VALUES (?, ?, ?)')
            .bind(id, seq, data),
        ),
      ]
    },
  }
}
export type ModelVersionsRepo = ReturnType<typeof createModelVersionsRepo>
