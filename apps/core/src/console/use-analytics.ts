import { useCallback, useEffect, useState } from 'react'
import type { AnalyticsResponse, AppError, KnowledgeGapsResponse } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ConsoleClient } from './console-client.ts'

/** The ranges the Analytics section offers, in days ending today. */
export const ANALYTICS_RANGES = [7, 30, 90, 365] as const
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number]

/** The UTC days of the `days` days ending on `today`. */
export const rangeEnding = (today: Date, days: number): { from: string; to: string } => {
  const from = new Date(today.getTime() - (days - 1) * 86_400_000)
  return { from: from.toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) }
}

/** Something loaded: its value, or the error that stopped it, or neither while it loads. */
export type Loaded<T> = { value: T | null; error: AppError | null; isLoading: boolean }

/** The Analytics section's state: the analytics of the picked range and the knowledge gaps. */
export type AnalyticsState = {
  days: AnalyticsRange
  setDays: (days: AnalyticsRange) => void
  analytics: Loaded<AnalyticsResponse>
  gaps: Loaded<KnowledgeGapsResponse>
  refresh: () => void
}

const useLoaded = <T>(load: () => Promise<T>, revision: number): Loaded<T> => {
  const [state, setState] = useState<Loaded<T>>({ value: null, error: null, isLoading: true })
  useEffect(() => {
    let isCurrent = true
    setState((current) => ({ ...current, isLoading: true }))
    load().then(
      (value) => {
        if (isCurrent) setState({ value, error: null, isLoading: false })
      },
      (caught: unknown) => {
        if (isCurrent) setState({ value: null, error: toAppError(caught), isLoading: false })
      },
    )
    return () => {
      isCurrent = false
    }
  }, [load, revision])
  return state
}

const systemNow = (): Date => new Date()

/** Loads the analytics of the last `days` days (30 at first) and the knowledge gaps. */
export const useAnalytics = (client: ConsoleClient, now: () => Date = systemNow): AnalyticsState => {
  const [days, setDays] = useState<AnalyticsRange>(30)
  const [revision, setRevision] = useState(0)
  const loadAnalytics = useCallback(() => client.getAnalytics(rangeEnding(now(), days)), [client, days, now])
  const loadGaps = useCallback(() => client.getKnowledgeGaps(), [client])
  return {
    days,
    setDays,
    analytics: useLoaded(loadAnalytics, revision),
    gaps: useLoaded(loadGaps, revision),
    refresh: () => setRevision((current) => current + 1),
  }
}

/** Props of each console's Analytics section: its state, and the tenant whose helpdesk the tickets link to. */
export type AnalyticsSectionProps = { state: AnalyticsState; tenantId?: string | undefined }

/** Props of each console's knowledge-gaps list. */
export type KnowledgeGapsProps = { gaps: AnalyticsState['gaps']; tenantId?: string | undefined }
