import { parseHelpdeskKind, type HelpdeskKind } from '@deskmate/shared'
import type { HelpdeskAdapter } from './adapter.ts'
import { zendeskAdapter } from './zendesk/adapter.ts'

// Freshdesk joins here when its adapter exists; until then its webhooks answer 404.
const ADAPTERS: Partial<Record<HelpdeskKind, HelpdeskAdapter>> = { zendesk: zendeskAdapter }

/** The adapter for a helpdesk name from a URL, or null when Deskmate does not support it (yet). */
export const findAdapter = (name: string): HelpdeskAdapter | null => {
  const kind = parseHelpdeskKind(name)
  return kind ? (ADAPTERS[kind] ?? null) : null
}
