import { HELPDESKS, type HelpdeskKind } from '../db/tenants-repo.ts'
import type { HelpdeskAdapter } from './adapter.ts'
import { freshdeskAdapter } from './freshdesk/adapter.ts'
import { zendeskAdapter } from './zendesk/adapter.ts'

const ADAPTERS: Partial<Record<HelpdeskKind, HelpdeskAdapter>> = {
  zendesk: zendeskAdapter,
  freshdesk: freshdeskAdapter,
}

/** The adapter for a helpdesk name from a URL, or null when Deskmate does not support it (yet). */
export const findAdapter = (name: string): HelpdeskAdapter | null =>
  (HELPDESKS as readonly string[]).includes(name) ? (ADAPTERS[name as HelpdeskKind] ?? null) : null
