import { useCallback, useEffect, useState } from 'react'
import type { ActivityItem, AppError } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ActivityFilters, ConsoleClient } from './console-client.ts'

/** The activity log's state: the filters being edited, the decisions found for the applied ones. */
export type ActivityLogState = {
  filters: ActivityFilters
  items: ActivityItem[] | null
  error: AppError | null
  isLoading: boolean
  edit: (change: Partial<ActivityFilters>) => void
  apply: () => void
  exportCsv: () => Promise<string>
}

const NO_FILTERS: ActivityFilters = {
  decision: '',
  reason: '',
  from: '',
  to: '',
  q: '',
  category: '',
  language: '',
}

/** Loads the decisions for the applied filters (all at first); the CSV export uses the same filters. */
export const useActivityLog = (client: ConsoleClient): ActivityLogState => {
  const [filters, setFilters] = useState<ActivityFilters>(NO_FILTERS)
  const [applied, setApplied] = useState<ActivityFilters>(NO_FILTERS)
  const [items, setItems] = useState<ActivityItem[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [isLoading, setLoading] = useState(true)
  useEffect(() => {
    let isCurrent = true
    setLoading(true)
    client.searchActivity(applied).then(
      (answer) => {
        if (!isCurrent) return
        setItems(answer.items)
        setError(null)
        setLoading(false)
      },
      (caught: unknown) => {
        if (!isCurrent) return
        setError(toAppError(caught))
        setLoading(false)
      },
    )
    return () => {
      isCurrent = false
    }
  }, [client, applied])
  const edit = useCallback((change: Partial<ActivityFilters>) => {
    setFilters((current) => ({ ...current, ...change }))
  }, [])
  const apply = useCallback(() => setApplied({ ...filters }), [filters])
  const exportCsv = useCallback(() => client.exportActivity(applied), [client, applied])
  return { filters, items, error, isLoading, edit, apply, exportCsv }
}
