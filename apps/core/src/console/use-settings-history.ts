import { useEffect, useState } from 'react'
import type { SettingsHistoryEntry } from '@deskmate/shared'
import type { ConsoleClient } from './console-client.ts'

/**
 * Who changed which setting and when, newest first (null while it loads; a refused read shows as no changes).
 * Reloads whenever `revision` moves (after a save, an adoption or a rollback).
 */
export const useSettingsHistory = (
  client: ConsoleClient,
  revision: number,
): SettingsHistoryEntry[] | null => {
  const [items, setItems] = useState<SettingsHistoryEntry[] | null>(null)
  useEffect(() => {
    let isCurrent = true
    client.getHistory().then(
      (answer) => isCurrent && setItems(answer.items),
      () => isCurrent && setItems([]),
    )
    return () => {
      isCurrent = false
    }
  }, [client, revision])
  return items
}
