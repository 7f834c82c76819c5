import { useCallback, useEffect, useState } from 'react'
import type { AppError, KnowledgeArticlesPage, KnowledgeSummary } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ConsoleClient } from './console-client.ts'
import { KNOWLEDGE_PAGE_SIZE, pageRange, type PageRange } from './knowledge-view.ts'

/** What the list of indexed articles is narrowed to: words of a title or an id, and a language ('' = any). */
export type KnowledgeSearch = { q: string; language: string }

/** The Knowledge section's state: the sync's summary, a page of indexed articles and "Sync now". */
export type KnowledgeState = {
  summary: KnowledgeSummary | null
  summaryError: AppError | null
  page: KnowledgeArticlesPage | null
  pageError: AppError | null
  isLoadingPage: boolean
  range: PageRange
  /** The search being typed and the language picked ('' = any); `applySearch` lists their first page. */
  search: KnowledgeSearch
  editSearch: (change: Partial<KnowledgeSearch>) => void
  applySearch: () => void
  previousPage: () => void
  nextPage: () => void
  sync: 'idle' | 'queueing' | 'queued'
  syncError: AppError | null
  syncNow: () => Promise<void>
  /** Reads the summary and the current page again (a queued sync finishes in the background). */
  refresh: () => void
}

/** Loads the summary and the articles' pages; "Sync now" queues a sync and re-reads the summary. */
export const useKnowledge = (client: ConsoleClient): KnowledgeState => {
  const [summary, setSummary] = useState<KnowledgeSummary | null>(null)
  const [summaryError, setSummaryError] = useState<AppError | null>(null)
  const [page, setPage] = useState<KnowledgeArticlesPage | null>(null)
  const [pageError, setPageError] = useState<AppError | null>(null)
  const [isLoadingPage, setLoadingPage] = useState(true)
  const [search, setSearch] = useState<KnowledgeSearch>({ q: '', language: '' })
  const [request, setRequest] = useState({ q: '', language: '', offset: 0, revision: 0 })
  const [sync, setSync] = useState<KnowledgeState['sync']>('idle')
  const [syncError, setSyncError] = useState<AppError | null>(null)

  useEffect(() => {
    let isCurrent = true
    client.getKnowledge().then(
      (answer) => {
        if (!isCurrent) return
        setSummary(answer)
        setSummaryError(null)
      },
      (caught: unknown) => {
        if (isCurrent) setSummaryError(toAppError(caught))
      },
    )
    return () => {
      isCurrent = false
    }
  }, [client, request.revision])

  useEffect(() => {
    let isCurrent = true
    setLoadingPage(true)
    const { q, language, offset } = request
    client.listKnowledgeArticles({ q, language, offset, limit: KNOWLEDGE_PAGE_SIZE }).then(
      (answer) => {
        if (!isCurrent) return
        setPage(answer)
        setPageError(null)
        setLoadingPage(false)
      },
      (caught: unknown) => {
        if (!isCurrent) return
        setPageError(toAppError(caught))
        setLoadingPage(false)
      },
    )
    return () => {
      isCurrent = false
    }
  }, [client, request])

  const range = pageRange(request.offset, KNOWLEDGE_PAGE_SIZE, page?.total ?? 0)
  const move = (offset: number) => setRequest((current) => ({ ...current, offset }))
  const refresh = useCallback(
    () => setRequest((current) => ({ ...current, revision: current.revision + 1 })),
    [],
  )
  const syncNow = useCallback(async () => {
    setSync('queueing')
    setSyncError(null)
    try {
      await client.syncKnowledge()
      setSync('queued')
      refresh()
    } catch (caught) {
      setSyncError(toAppError(caught))
      setSync('idle')
    }
  }, [client, refresh])

  return {
    summary,
    summaryError,
    page,
    pageError,
    isLoadingPage,
    range,
    search,
    editSearch: (change) => setSearch((current) => ({ ...current, ...change })),
    applySearch: () => setRequest((current) => ({ ...current, ...search, offset: 0 })),
    previousPage: () => {
      if (range.hasPrevious) move(Math.max(0, request.offset - KNOWLEDGE_PAGE_SIZE))
    },
    nextPage: () => {
      if (range.hasNext) move(request.offset + KNOWLEDGE_PAGE_SIZE)
    },
    sync,
    syncError,
    syncNow,
    refresh,
  }
}
