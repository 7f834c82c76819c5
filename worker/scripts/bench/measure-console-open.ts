import { activityQuery, knowledgeArticlesQuery } from '../../../apps/core/src/console/console-client.ts'
import { KNOWLEDGE_PAGE_SIZE } from '../../../apps/core/src/console/knowledge-view.ts'
import { summarizeSamples, type SampleSummary } from './summarize-samples.ts'

/** The analytics range the console opens on (days ending today; apps/core's useAnalytics). */
const OPENING_RANGE_DAYS = 30
/** How many settings changes the console's history lists at first (apps/core's ConsoleClient.getHistory). */
const OPENING_HISTORY = 20

/**
 * The Worker calls the console makes when it opens, with the queries it sends: settings and their history, the
 * activity's first page without filters, the analytics of the last 30 days and the knowledge gaps, the knowledge
 * summary and its first page of articles, the training state. (The group list asks the helpdesk, not D1.)
 */
export const consoleOpeningPaths = (today: Date): string[] => {
  const from = new Date(today.getTime() - (OPENING_RANGE_DAYS - 1) * 86_400_000).toISOString().slice(0, 10)
  const noFilters = { decision: '', reason: '', from: '', to: '', q: '' }
  return [
    '/v1/settings',
    `/v1/settings/history?limit=${OPENING_HISTORY}`,
    `/v1/admin/activity?${activityQuery(noFilters, 'json')}`,
    `/v1/admin/analytics?${new URLSearchParams({ from, to: today.toISOString().slice(0, 10) })}`,
    '/v1/admin/knowledge-gaps',
    '/v1/admin/knowledge',
    `/v1/admin/knowledge/articles?${knowledgeArticlesQuery({ q: '', offset: 0, limit: KNOWLEDGE_PAGE_SIZE })}`,
    '/v1/admin/training',
  ]
}

/** How long the console's opening calls take when issued together, as the page issues them. */
export type ConsoleOpening = {
  calls: number
  opens: number
  errors: number
  firstError: string | null
  ms: SampleSummary
}

/**
 * Opens the console again and again (all `paths` in parallel, one open at a time) for `durationMs` after a
 * warm-up, and summarises the time until the last answer of each open.
 */
export const measureConsoleOpening = async (options: {
  baseUrl: URL
  token: string
  paths: readonly string[]
  warmupMs: number
  durationMs: number
}): Promise<ConsoleOpening> => {
  const headers = { Authorization: `Bearer ${options.token}` }
  const open = async (): Promise<string | null> => {
    const answers = await Promise.all(
      options.paths.map(async (path) => {
        const res = await fetch(new URL(path, options.baseUrl), { headers })
        const body = await res.text()
        return res.status === 200 ? null : `${path}: HTTP ${res.status} ${body.slice(0, 120)}`
      }),
    )
    return answers.find((answer) => answer !== null) ?? null
  }
  const warmupEnd = performance.now() + options.warmupMs
  while (performance.now() < warmupEnd) await open()
  const samples: number[] = []
  let errors = 0
  let firstError: string | null = null
  const end = performance.now() + options.durationMs
  while (performance.now() < end) {
    const started = performance.now()
    const error = await open()
    samples.push(performance.now() - started)
    if (error) {
      errors += 1
      firstError ??= error
    }
  }
  return {
    calls: options.paths.length,
    opens: samples.length,
    errors,
    firstError,
    ms: summarizeSamples(samples),
  }
}
