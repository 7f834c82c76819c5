import { useCallback, useEffect, useRef, useState } from 'react'
import { useHost } from '../host/host-context.tsx'
import { draftToReply } from './reply-content.ts'

/** Where inserting the current draft stands: a second insert of the same draft needs confirming. */
export type DraftInsertStatus = 'idle' | 'inserted' | 'confirm' | 'failed'

/**
 * Inserts a draft into the composer once; inserting the same draft again first warns (the composer would get
 * a second copy) and inserts only when the agent confirms. A new draft starts over.
 */
export const useDraftInsert = (text: string) => {
  const host = useHost()
  const [status, setStatus] = useState<DraftInsertStatus>('idle')
  const insertedRef = useRef<string | null>(null)

  useEffect(() => {
    if (insertedRef.current !== text) setStatus('idle')
  }, [text])

  const write = useCallback(
    () =>
      host.insertReply(draftToReply(text)).then(
        () => {
          insertedRef.current = text
          setStatus('inserted')
        },
        () => setStatus('failed'),
      ),
    [host, text],
  )

  /** Inserts, or asks to confirm when this very draft is already in the composer. */
  const insert = useCallback(() => {
    if (insertedRef.current === text && status !== 'confirm') {
      setStatus('confirm')
      return Promise.resolve()
    }
    return write()
  }, [text, status, write])

  return { status, insert, keepOne: useCallback(() => setStatus('inserted'), []) }
}
