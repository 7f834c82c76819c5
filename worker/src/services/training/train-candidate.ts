import {
  AppError,
  type Settings,
  type TrainExample,
  type TrainingCandidate,
  type TrainingRequest,
  type TrainingSource,
} from '@deskmate/shared'
import type { ModelVersionsRepo } from '../../db/model-versions-repo.ts'
import type { ModelsRepo } from '../../db/models-repo.ts'
import type { HelpdeskClient, SolvedTicket } from '../../helpdesks/adapter.ts'
import { parseModel } from '../../engines/local/classifier/serialize-model.ts'
import { crossValidate } from '../../engines/local/cross-validate.ts'
import { DEFAULT_MODELS } from '../../engines/local/model/default-models.ts'
import { trainModel } from '../../engines/local/train-model.ts'
import { assertModelFits } from '../train-tenant-model.ts'

/** Folds of the cross-validation: a candidate is fitted this many times more (bounded CPU per run). */
export const CV_FOLDS = 3
const MAX_TEXT_CHARS = 20_000

/** The tenant's category a solved ticket carries (a tag or the chosen field naming one, any case); null if none. */
const categoryOf = (ticket: SolvedTicket, source: TrainingSource, categories: string[]): string | null => {
  const values = source.kind === 'tags' ? ticket.tags : [ticket.fields[source.fieldId] ?? '']
  const wanted = new Set(values.map((value) => value.toLowerCase()))
  return categories.find((category) => wanted.has(category.toLowerCase())) ?? null
}

/** Labelled examples of the solved tickets; labels with fewer tickets than folds are left out (counted skipped). */
const examplesOf = (solved: SolvedTicket[], source: TrainingSource, categories: string[]) => {
  const labelled: TrainExample[] = []
  for (const ticket of solved) {
    const label = categoryOf(ticket, source, categories)
    const text = [ticket.subject, ticket.body]
      .filter((part) => part.trim())
      .join('\n')
      .slice(0, MAX_TEXT_CHARS)
    if (label && text.trim()) labelled.push({ text, label })
  }
  const counts = new Map<string, number>()
  for (const { label } of labelled) counts.set(label, (counts.get(label) ?? 0) + 1)
  const examples = labelled.filter(({ label }) => (counts.get(label) ?? 0) >= CV_FOLDS)
  return { examples, skipped: solved.length - examples.length }
}

/** What training reads and writes. */
export type TrainCandidateDeps = {
  db: D1Database
  helpdesk: HelpdeskClient | null
  settings: Settings
  models: ModelsRepo
  versions: ModelVersionsRepo
  now: Date
}

/**
 * Learns the category model from the account's latest solved tickets and stores it as the candidate (the
 * active model is untouched), with its cross-validated accuracy per class beside the active model's.
 */
export const trainCandidate = async (
  request: TrainingRequest,
  deps: TrainCandidateDeps,
): Promise<TrainingCandidate> => {
  if (!deps.helpdesk) throw new AppError('conflict', 'Connect the helpdesk API before training')
  if (!deps.helpdesk.listSolvedTickets)
    throw new AppError('conflict', 'This helpdesk cannot list its solved tickets for training yet')
  const solved = await deps.helpdesk.listSolvedTickets(request.limit)
  const { examples, skipped } = examplesOf(solved, request.source, deps.settings.categories)
  if (new Set(examples.map((example) => example.label)).size < 2)
    throw new AppError(
      'validation_failed',
      `Training needs at least two categories with ${CV_FOLDS} solved tickets each; ` +
        `${solved.length} solved tickets read, ${examples.length} carry a category`,
      { details: [{ path: 'source', message: 'No category found on enough solved tickets' }] },
    )
  const active = (await deps.models.list()).find((model) => model.target === 'category')
  const current = active ? parseModel(active.json) : DEFAULT_MODELS.category
  const validation = crossValidate(examples, current, CV_FOLDS)
  const trained = trainModel('category', examples)
  assertModelFits(trained.json)
  const trainedAt = deps.now.toISOString()
  const candidate: TrainingCandidate = {
    id: crypto.randomUUID(),
    examples: examples.length,
    skipped,
    ...validation,
    trainedAt,
  }
  await deps.db.batch(
    deps.versions.putStatements('candidate', candidate.id, { ...trained, trainedAt }, candidate, deps.now),
  )
  return candidate
}
