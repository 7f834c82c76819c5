import type { WorkspaceTicket } from './demo-ticket.ts'
import type { AgentUser } from './zaf-objects.ts'
import type { ProxyResult } from './zaf-request.ts'

const json = (status: number, statusText: string, body: unknown): ProxyResult => ({
  status,
  statusText,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  responseText: JSON.stringify(body),
})

const notFound = (): ProxyResult =>
  json(404, 'Not Found', { error: 'InvalidEndpoint', description: 'Not found' })

const toRestTicket = (ticket: WorkspaceTicket, subdomain: string) => ({
  id: ticket.id,
  url: `https://${subdomain}.zendesk.com/api/v2/tickets/${ticket.id}.json`,
  subject: ticket.subject,
  description: ticket.description,
  priority: ticket.priority,
  status: ticket.status,
  type: ticket.type,
  tags: ticket.tags,
  via: { channel: ticket.channel === 'phone' ? 'voice' : ticket.channel },
  requester_id: ticket.requester.id,
  organization_id: ticket.organization?.id ?? null,
  created_at: ticket.createdAt,
  updated_at: ticket.comments.at(-1)?.createdAt ?? ticket.createdAt,
})

/**
 * Answers a relative `client.request` URL (`/api/v2/...`), which Zendesk serves from the account itself.
 * Only the endpoints the sidebar reads are simulated; the ticket carries no `slas` (a plan without SLA
 * policies), so the app falls back to its own policy.
 */
export const answerZendeskApi = (
  method: string,
  url: string,
  context: { ticket: WorkspaceTicket; agent: AgentUser; subdomain: string },
): ProxyResult => {
  const { pathname } = new URL(url, `https://${context.subdomain}.zendesk.com`)
  if (method.toUpperCase() !== 'GET')
    return json(403, 'Forbidden', { error: 'Forbidden', description: 'Read only' })
  const ticketMatch = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(pathname)
  if (ticketMatch) {
    return Number(ticketMatch[1]) === context.ticket.id
      ? json(200, 'OK', { ticket: toRestTicket(context.ticket, context.subdomain) })
      : json(404, 'Not Found', { error: 'RecordNotFound', description: 'Not found' })
  }
  if (pathname === '/api/v2/users/me.json') {
    const { agent } = context
    return json(200, 'OK', {
      user: { id: agent.id, name: agent.name, email: agent.email, locale: agent.locale, role: 'admin' },
    })
  }
  return notFound()
}
