import { useCallback, useEffect, useState } from 'react'
import type { AppError, Settings } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ConsoleClient } from './console-client.ts'
import {
  toAutomationForm,
  toSettingsPatch,
  validateAutomationForm,
  type AutomationErrors,
  type AutomationForm,
} from './automation-form.ts'

/** The Automation section's state: the stored settings, the edited form, and the last save's outcome. */
export type AutomationFormState = {
  settings: Settings | null
  form: AutomationForm | null
  loadError: AppError | null
  errors: AutomationErrors
  saveError: AppError | null
  status: 'idle' | 'saving' | 'saved'
  /** Bumped after each save, so the change history reloads. */
  revision: number
  edit: (change: Partial<AutomationForm>) => void
  save: () => Promise<void>
}

/**
 * Loads the tenant's settings and saves only what the admin changed; the Worker validates the whole result
 * again, audits the change and applies it at once.
 */
export const useAutomationForm = (client: ConsoleClient): AutomationFormState => {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [form, setForm] = useState<AutomationForm | null>(null)
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [errors, setErrors] = useState<AutomationErrors>({})
  const [saveError, setSaveError] = useState<AppError | null>(null)
  const [status, setStatus] = useState<AutomationFormState['status']>('idle')
  const [revision, setRevision] = useState(0)

  useEffect(() => {
    let isCurrent = true
    client.getSettings().then(
      (loaded) => {
        if (!isCurrent) return
        setSettings(loaded)
        setForm(toAutomationForm(loaded))
      },
      (error: unknown) => isCurrent && setLoadError(toAppError(error)),
    )
    return () => {
      isCurrent = false
    }
  }, [client])

  const edit = useCallback((change: Partial<AutomationForm>) => {
    setForm((current) => (current ? { ...current, ...change } : current))
    setStatus('idle')
  }, [])

  const save = useCallback(async () => {
    if (!form || !settings) return
    const found = validateAutomationForm(form)
    setErrors(found)
    setSaveError(null)
    if (Object.keys(found).length > 0) return
    setStatus('saving')
    try {
      const saved = await client.updateSettings(toSettingsPatch(form, settings))
      setSettings(saved)
      setForm(toAutomationForm(saved))
      setStatus('saved')
      setRevision((n) => n + 1)
    } catch (error) {
      setSaveError(toAppError(error))
      setStatus('idle')
    }
  }, [client, form, settings])

  return { settings, form, loadError, errors, saveError, status, revision, edit, save }
}
