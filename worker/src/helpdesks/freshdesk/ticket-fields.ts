import type { HelpdeskTicketField } from '@deskmate/shared'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import type { FreshdeskApi } from './api.ts'

/** A ticket field (`GET /api/v2/ticket_fields`): custom ones are named `cf_*` in a ticket's `custom_fields`. */
export type FreshdeskTicketField = { id: number; name: string; label?: string | null; default?: boolean }

const isField = (row: unknown): row is FreshdeskTicketField =>
  typeof row === 'object' &&
  row !== null &&
  Number.isSafeInteger((row as { id?: unknown }).id) &&
  typeof (row as { name?: unknown }).name === 'string'

/**
 * The account's custom ticket fields (`GET /api/v2/ticket_fields`, one call: Freshdesk answers them all at
 * once). None when the key may not read them: training by tags needs no field.
 */
export const listFreshdeskTicketFields = async (api: FreshdeskApi): Promise<FreshdeskTicketField[]> => {
  try {
    const rows = await api.get<unknown>('/api/v2/ticket_fields')
    return (Array.isArray(rows) ? rows : []).filter(isField).filter((field) => field.default !== true)
  } catch (err) {
    if (err instanceof HelpdeskApiError && (err.upstreamStatus === 403 || err.upstreamStatus === 404))
      return []
    throw err
  }
}

/** The custom ticket fields by label (their `cf_*` name when unlabelled), as the console's field picker lists them. */
export const listFreshdeskFieldChoices = async (api: FreshdeskApi): Promise<HelpdeskTicketField[]> =>
  (await listFreshdeskTicketFields(api))
    .map((field) => ({ id: String(field.id), name: field.label?.trim() || field.name }))
    .sort((a, b) => a.name.localeCompare(b.name))
