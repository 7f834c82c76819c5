import { AGENT_ID, htmlOf, insertTicket, stamp, textOf, type NewTicket } from './accounts.ts'
import type { SimAccount, SimTicket } from './model.ts'

const HOUR_MS = 3_600_000
/** Ids of custom ticket fields (Freshdesk's are large numbers, apart from ticket ids). */
const FIRST_FIELD_ID = 4_000_001

/** The account's custom field named `name` (`cf_*`), added on first use. */
const ensureField = (account: SimAccount, name: string): void => {
  if (account.ticketFields.some((field) => field.name === name)) return
  const label = name.replace(/^cf_/, '').replace(/_/g, ' ')
  account.ticketFields.push({
    id: FIRST_FIELD_ID + account.ticketFields.length,
    name,
    label: label.charAt(0).toUpperCase() + label.slice(1),
    type: 'custom_text',
  })
}

const addAgentReply = (account: SimAccount, ticket: SimTicket, text: string, at: string): void => {
  const body = htmlOf(text)
  ticket.conversations.push({
    id: account.nextId(),
    body,
    body_text: textOf(body),
    incoming: false,
    private: false,
    user_id: AGENT_ID,
    source: 0,
    ticket_id: ticket.id,
    created_at: at,
    updated_at: at,
  })
  ticket.stats.first_responded_at ??= at
  ticket.stats.agent_responded_at = at
  ticket.updated_at = at
}

/**
 * Adds a ticket with its history in place: custom field values, the agent's reply an hour after it arrived and,
 * for a solved one, status Resolved an hour after that. A ticket without history is added as a customer's.
 */
export const insertHistoryTicket = (account: SimAccount, input: NewTicket, now: Date): SimTicket => {
  const ticket = insertTicket(account, input, now)
  const created = Date.parse(ticket.created_at)
  for (const [name, value] of Object.entries(input.customFields ?? {})) {
    if (!/^cf_[a-z0-9_]{1,60}$/.test(name)) continue
    ensureField(account, name)
    ticket.custom_fields[name] = value
  }
  if (input.agentReply) addAgentReply(account, ticket, input.agentReply, stamp(new Date(created + HOUR_MS)))
  if (input.solved) {
    const at = stamp(new Date(created + 2 * HOUR_MS))
    ticket.status = 4
    ticket.stats.resolved_at = at
    ticket.updated_at = at
  }
  return ticket
}
