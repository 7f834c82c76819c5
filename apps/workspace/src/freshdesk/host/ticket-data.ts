import type { SimContact, SimTicket } from '../simulator/model.ts'

/** A ticket as the workspace reads it from the simulator: REST v2 fields, conversations, requester. */
export type FreshdeskViewTicket = SimTicket & { requester: SimContact | null }

/** The agent signed in to the workspace's Freshdesk (the simulated admin who owns the API key). */
export type FreshdeskAgent = { id: number; name: string; email: string }

export const STATUS_LABELS: Record<number, string> = { 2: 'Open', 3: 'Pending', 4: 'Resolved', 5: 'Closed' }
export const PRIORITY_LABELS: Record<number, string> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' }

const options = (labels: Record<number, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value: Number(value), label }))

/**
 * `client.data.get(name)` in the ticket sidebar: the ticket in REST v2 shape (with `fr_due_by`, `nr_due_by`,
 * `due_by`) plus `status_label` / `priority_label`, its requester, the agent and the account.
 * [unverified] `status_label` and the exact `loggedInUser` object.
 */
export const ticketSidebarData = (
  name: string,
  ticket: FreshdeskViewTicket,
  agent: FreshdeskAgent,
  domain: string,
): unknown => {
  const { conversations: _conversations, stats: _stats, requester, ...fields } = ticket
  const contact = requester && {
    id: requester.id,
    name: requester.name,
    email: requester.email,
    phone: requester.phone,
    mobile: requester.mobile,
    language: requester.language,
  }
  switch (name) {
    case 'ticket':
      return {
        ticket: {
          ...fields,
          status_label: STATUS_LABELS[ticket.status] ?? String(ticket.status),
          priority_label: PRIORITY_LABELS[ticket.priority] ?? String(ticket.priority),
        },
      }
    case 'requester':
      return contact ? { requester: contact } : undefined
    case 'contact':
      return contact ? { contact } : undefined
    default:
      return accountData(name, agent, domain)
  }
}

/**
 * `client.data.get(name)` wherever the app runs (the ticket sidebar, the full-page console): the signed-in
 * agent, the account and its option lists; undefined for data the location does not have.
 */
export const accountData = (name: string, agent: FreshdeskAgent, domain: string): unknown => {
  switch (name) {
    case 'loggedInUser':
      return {
        loggedInUser: {
          id: agent.id,
          available: true,
          contact: { name: agent.name, email: agent.email, language: 'en' },
          role_ids: [1],
          type: 'support_agent',
        },
      }
    case 'domainName':
      return { domainName: domain }
    case 'currentHost':
      return {
        currentHost: {
          subscribed_modules: ['support_ticket'],
          endpoint_urls: { freshdesk: `https://${domain}` },
        },
      }
    case 'status_options':
      return { status_options: options(STATUS_LABELS) }
    case 'priority_options':
      return { priority_options: options(PRIORITY_LABELS) }
    default:
      return undefined
  }
}
