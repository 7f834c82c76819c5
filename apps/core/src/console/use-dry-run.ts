import { useCallback, useMemo, useState } from 'react'
import { projectDryRun, type AppError, type DryRunProjection, type DryRunResponse } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { AutomationForm } from './automation-form.ts'
import type { ConsoleClient } from './console-client.ts'

/** The dry run: the Worker's replay (fetched once) and its projection under the form as it is now. */
export type DryRunState = {
  status: 'idle' | 'running' | 'done'
  error: AppError | null
  projection: DryRunProjection | null
  tokens: number
  run: () => Promise<void>
}

/** How many of the latest tickets a dry run replays. */
export const DRY_RUN_TICKETS = 20

/**
 * Runs the replay on demand; the projection follows the form's unsaved threshold, categories, channels and
 * languages at once, without asking the Worker again.
 */
export const useDryRun = (client: ConsoleClient, form: AutomationForm | null): DryRunState => {
  const [answer, setAnswer] = useState<DryRunResponse | null>(null)
  const [status, setStatus] = useState<DryRunState['status']>('idle')
  const [error, setError] = useState<AppError | null>(null)
  const run = useCallback(async () => {
    setStatus('running')
    setError(null)
    try {
      setAnswer(await client.dryRun(DRY_RUN_TICKETS))
      setStatus('done')
    } catch (caught) {
      setError(toAppError(caught))
      setStatus('idle')
    }
  }, [client])
  const threshold = Number(form?.retrievalThreshold)
  const projection = useMemo(
    () =>
      answer && form
        ? projectDryRun(answer.tickets, {
            retrievalThreshold: Number.isFinite(threshold) ? threshold : 1,
            allowedCategories: form.allowedCategories,
            allowedChannels: form.allowedChannels as DryRunProjectionPolicy['allowedChannels'],
            languages: form.languages as DryRunProjectionPolicy['languages'],
          })
        : null,
    [answer, form, threshold],
  )
  return { status, error, projection, tokens: answer?.tokens ?? 0, run }
}

type DryRunProjectionPolicy = Parameters<typeof projectDryRun>[1]
