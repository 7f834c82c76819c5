import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError, Draft } from '@deskmate/shared'
import type { DraftOptions } from '../api/worker-client.ts'
import { isAbortError, toAppError } from '../api/to-app-error.ts'
import type { HostTicket } from '../host/host-client.ts'
import { useWorkerClient } from './worker-client-context.tsx'

/**
 * Cancel ignores clicks this soon after a draft starts: Cancel takes Draft reply's place, so the second click
 * of a double-click would otherwise cancel the draft it just started.
 */
export const CANCEL_GUARD_MS = 700

/** Where a draft is: not started, arriving, finished, stopped by the agent, or failed. */
export const DRAFT_STATUSES = ['idle', 'streaming', 'done', 'cancelled', 'error'] as const
export type DraftStatus = (typeof DRAFT_STATUSES)[number]

/** The draft reply's state and its actions. */
export type DraftReply = {
  status: DraftStatus
  /** The text so far (the whole draft once done). */
  text: string
  draft: Draft | null
  error: AppError | null
  /** Starts a draft (again, for Regenerate), cancelling any draft still streaming. */
  start: (options: DraftOptions) => void
  cancel: () => void
}

/** Streams a draft reply: stream token through the host proxy, then the SSE body read as it arrives. */
export const useDraftReply = (ticket: HostTicket | undefined): DraftReply => {
  const api = useWorkerClient()
  const [status, setStatus] = useState<DraftStatus>('idle')
  const [text, setText] = useState('')
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const controllerRef = useRef<AbortController | null>(null)
  const startedAtRef = useRef(0)

  useEffect(() => () => controllerRef.current?.abort(), [])

  const cancel = useCallback(() => {
    if (!controllerRef.current || Date.now() - startedAtRef.current < CANCEL_GUARD_MS) return
    controllerRef.current.abort()
    controllerRef.current = null
    setStatus('cancelled')
  }, [])

  const start = useCallback(
    (options: DraftOptions) => {
      if (!ticket) return
      controllerRef.current?.abort()
      const controller = new AbortController()
      controllerRef.current = controller
      startedAtRef.current = Date.now()
      const isCurrent = () => controllerRef.current === controller
      setStatus('streaming')
      setText('')
      setDraft(null)
      setError(null)
      api
        .streamDraft(ticket.ticket, options, controller.signal, {
          onDelta: (delta) => isCurrent() && setText((previous) => previous + delta),
          onReset: () => isCurrent() && setText(''),
          onDone: (finished) => {
            if (!isCurrent()) return
            setDraft(finished)
            setText(finished.text)
            setStatus('done')
          },
        })
        .catch((failure: unknown) => {
          if (!isCurrent() || isAbortError(failure)) return
          setError(toAppError(failure))
          setStatus('error')
        })
        .finally(() => {
          if (isCurrent()) controllerRef.current = null
        })
    },
    [api, ticket],
  )

  return { status, text, draft, error, start, cancel }
}
