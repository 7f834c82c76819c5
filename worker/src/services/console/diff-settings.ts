import type { Settings, SettingsChange } from '@deskmate/shared'

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The fields an update changed, each with its value before and after. `anthropicKeyConfigured` stands for the
 * write-only key, so the audit says a key was set or removed and never holds it.
 * @example diffSettings(before, { ...before, mode: 'off' }) // [{ field: 'mode', before: 'draft_note', after: 'off' }]
 */
export const diffSettings = (before: Settings, after: Settings): SettingsChange[] => {
  const fields = Object.keys(after) as (keyof Settings)[]
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
}
