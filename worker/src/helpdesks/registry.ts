import { parseHelpdeskKind, type HelpdeskKind } from '@deskmate/shared'
import type { HelpdeskAdapter } from './adapter.ts'
import { freshdeskAdapter } from './freshdesk/adapter.ts'
import { zendeskAdapter } from './zendesk/adapter.ts'

const ADAPTERS: Partial<Record<HelpdeskKind, HelpdeskAdapter>> = {
  zendesk: zendeskAdapter,
  freshdesk: freshdeskAdapter,
}

/** The adapter for a helpdesk name from a URL, or null when Deskmate does not support it (yet). */
export const findAdapter = (name: string): HelpdeskAdapter | null => {
  const kind = parseHelpdeskKind(name)
  return kind ? (ADAPTERS[kind] ?? null) : null
}
