import { AppError, type SettingsHistoryEntry, type TrainingState } from '@deskmate/shared'
import type { ConsoleClient } from '../console/console-client.ts'
import {
  ACTIVITY,
  ANALYTICS,
  CANDIDATE,
  DEFAULT_MODEL,
  FAILED_SYNC,
  GAPS,
  KNOWLEDGE_ARTICLES,
  TENANT_MODEL,
} from './console-samples.ts'

/** Two audited changes: a threshold moved, then the tenant's model adopted. */
export const HISTORY: SettingsHistoryEntry[] = [
  {
    id: 'h2',
    changedAt: '2026-12-03T11:00:00Z',
    changedBy: { userId: '9', name: 'Ada Admin' },
    changes: [{ field: 'categoryModel', before: DEFAULT_MODEL, after: TENANT_MODEL }],
  },
  {
    id: 'h1',
    changedAt: '2026-12-03T10:00:00Z',
    changedBy: { userId: '9', name: null },
    changes: [{ field: 'retrievalThreshold', before: 0.6, after: 0.75 }],
  },
]

/** A ConsoleClient over the console samples, recording each call as `method argument-json`. */
export type FakeConsoleClient = ConsoleClient & { calls: string[] }

/**
 * A fake Worker behind the console's client: activity, analytics, knowledge (30 articles), training (adopt and
 * roll back change its state) and history. `refuse` answers every call as the Worker does to a non-admin.
 */
export const fakeConsoleClient = (
  options: { refuse?: boolean; overrides?: Partial<ConsoleClient> } = {},
): FakeConsoleClient => {
  const calls: string[] = []
  let training: TrainingState = { active: DEFAULT_MODEL, candidate: null, previous: null }
  const answer =
    <A extends unknown[], T>(name: string, run: (...args: A) => T) =>
    async (...args: A): Promise<Awaited<T>> => {
      calls.push(args.length > 0 ? `${name} ${JSON.stringify(args[0])}` : name)
      if (options.refuse) throw new AppError('admin_required', 'Only an administrator can do this')
      return await run(...args)
    }
  const refused = (name: string) => answer(name, () => Promise.reject(new AppError('not_found', name)))
  const client: ConsoleClient = {
    getSettings: refused('getSettings'),
    updateSettings: refused('updateSettings'),
    dryRun: refused('dryRun'),
    listGroups: refused('listGroups'),
    listTicketFields: refused('listTicketFields'),
    getHistory: answer('getHistory', () => ({ items: HISTORY })),
    searchActivity: answer('searchActivity', () => ({ items: ACTIVITY })),
    exportActivity: answer('exportActivity', () => 'created_at,ticket_id\r\n'),
    getAnalytics: answer('getAnalytics', () => ANALYTICS),
    getKnowledgeGaps: answer('getKnowledgeGaps', () => GAPS),
    getKnowledge: answer('getKnowledge', () => FAILED_SYNC),
    listKnowledgeArticles: answer('listKnowledgeArticles', (page) => {
      const q = page.q.toLowerCase()
      const found = KNOWLEDGE_ARTICLES.filter(
        (article) =>
          article.title.toLowerCase().includes(q) && article.language.startsWith(page.language ?? ''),
      )
      return { items: found.slice(page.offset, page.offset + page.limit), total: found.length }
    }),
    syncKnowledge: answer('syncKnowledge', () => ({ queued: true })),
    getTraining: answer('getTraining', () => training),
    train: answer('train', () => {
      training = { ...training, candidate: CANDIDATE }
      return CANDIDATE
    }),
    adoptModel: answer('adoptModel', () => {
      training = { active: TENANT_MODEL, candidate: null, previous: DEFAULT_MODEL }
      return training
    }),
    rollbackModel: answer('rollbackModel', () => {
      training = { active: DEFAULT_MODEL, candidate: null, previous: TENANT_MODEL }
      return training
    }),
  }
  return Object.assign(client, options.overrides ?? {}, { calls })
}
