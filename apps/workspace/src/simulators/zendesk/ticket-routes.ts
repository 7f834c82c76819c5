import { addComment, insertTicket, type NewTicket } from './accounts.ts'
import { fireTriggers } from './fire-triggers.ts'
import type { SimAccount, SimComment, SimTicket } from './model.ts'
import { invalid, notFound, sendJson } from './responses.ts'
import type { SimRequest, SimRoute } from './route.ts'

const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
const SLA_HOURS: Record<string, number> = { urgent: 1, high: 4, normal: 8, low: 24 }

/** A ticket as `GET /api/v2/tickets/{id}.json` answers it (comments live at their own endpoint). */
export const restTicket = (account: SimAccount, ticket: SimTicket, origin: string, withSlas = false) => {
  const { comments, ...fields } = ticket
  const view = {
    ...fields,
    url: `${origin}/api/v2/tickets/${ticket.id}.json`,
    external_id: null,
    assignee_id: null,
  }
  if (!withSlas) return view
  const replied = comments.some(
    (c) => c.public && account.users.find((u) => u.id === c.author_id)?.role !== 'end-user',
  )
  const hours = SLA_HOURS[ticket.priority ?? 'normal'] ?? 8
  const breachAt = new Date(Date.parse(ticket.created_at) + hours * 3_600_000).toISOString()
  const metric = replied
    ? { metric: 'first_reply_time', stage: 'achieved', breach_at: null }
    : {
        metric: 'first_reply_time',
        stage: 'active',
        breach_at: breachAt,
        hours,
        minutes: hours * 60,
        days: 0,
      }
  return { ...view, slas: { policy_metrics: [metric] } }
}

const findTicket = (req: SimRequest): SimTicket | undefined =>
  req.account.tickets.find((t) => t.id === Number(req.params[0]))

const sideloads = (req: SimRequest, userIds: number[], orgIds: (number | null)[]) => {
  const include = (req.query.get('include') ?? '').split(',')
  return {
    ...(include.includes('users') ? { users: req.account.users.filter((u) => userIds.includes(u.id)) } : {}),
    ...(include.includes('organizations')
      ? { organizations: req.account.organizations.filter((o) => orgIds.includes(o.id)) }
      : {}),
  }
}

type TicketBody = {
  ticket?: {
    comment?: { body?: string; html_body?: string; public?: boolean }
    status?: SimTicket['status']
    priority?: SimTicket['priority']
    group_id?: number | null
    tags?: string[]
    additional_tags?: string[]
    remove_tags?: string[]
    subject?: string
    requester?: NewTicket['requester']
    safe_update?: boolean | string
    updated_stamp?: string
  }
}

/** A change time later than the ticket's last one, so a stamp read before a change never matches after it. */
const nextChangeTime = (ticket: SimTicket, now: Date): string =>
  new Date(Math.max(now.getTime(), Date.parse(ticket.updated_at) + 1)).toISOString()

// Zendesk's safe_update: the update applies only if the ticket is unchanged since `updated_stamp`.
const isStale = (ticket: SimTicket, stamp: string | undefined): boolean =>
  stamp === undefined || Date.parse(stamp) !== Date.parse(ticket.updated_at)

const updateTicket = async (req: SimRequest): Promise<void> => {
  const ticket = findTicket(req)
  if (!ticket) return notFound(req.res)
  const input = (req.body as TicketBody).ticket
  if (!input) return invalid(req.res, 'ticket is required')
  if (input.priority && !(PRIORITIES as readonly string[]).includes(input.priority))
    return invalid(req.res, 'priority is invalid')
  if ((input.safe_update === true || input.safe_update === 'true') && isStale(ticket, input.updated_stamp))
    return sendJson(req.res, 409, {
      error: 'UpdateConflict',
      description:
        'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
    })
  const at = nextChangeTime(ticket, req.now)
  if (input.tags) ticket.tags = [...new Set(input.tags.map((t) => t.toLowerCase()))]
  if (input.additional_tags)
    ticket.tags = [...new Set([...ticket.tags, ...input.additional_tags.map((t) => t.toLowerCase())])]
  if (input.remove_tags) ticket.tags = ticket.tags.filter((t) => !input.remove_tags?.includes(t))
  if (input.priority) ticket.priority = input.priority
  if (input.group_id !== undefined) ticket.group_id = input.group_id
  if (input.status) ticket.status = input.status
  let added: SimComment | null = null
  if (input.comment && (input.comment.body || input.comment.html_body)) {
    const comment = input.comment
    added = addComment(
      req.account,
      ticket,
      req.user,
      {
        ...(comment.html_body ? { html: comment.html_body } : { text: comment.body ?? '' }),
        isPublic: comment.public ?? true,
      },
      at,
    )
  }
  ticket.updated_at = at
  await fireTriggers(req.account, ticket, 'Change', { role: req.user.role, comment: added })
  sendJson(req.res, 200, {
    ticket: restTicket(req.account, ticket, req.origin),
    audit: { ticket_id: ticket.id, created_at: at, author_id: req.user.id },
  })
}

/** Tickets, comments, tags, users, organizations and search. */
export const TICKET_ROUTES: SimRoute[] = [
  [
    'GET',
    /^\/api\/v2\/tickets\/(\d+)\.json$/,
    (req) => {
      const ticket = findTicket(req)
      if (!ticket) return notFound(req.res)
      const withSlas = (req.query.get('include') ?? '').split(',').includes('slas')
      sendJson(req.res, 200, {
        ticket: restTicket(req.account, ticket, req.origin, withSlas),
        ...sideloads(req, [ticket.requester_id, ticket.submitter_id], [ticket.organization_id]),
      })
    },
  ],
  ['PUT', /^\/api\/v2\/tickets\/(\d+)\.json$/, updateTicket],
  [
    'POST',
    /^\/api\/v2\/tickets\.json$/,
    async (req) => {
      const input = (req.body as TicketBody).ticket
      const text = input?.comment?.body ?? input?.comment?.html_body
      if (!input?.subject || !text) return invalid(req.res, 'subject and comment are required')
      const ticket = insertTicket(
        req.account,
        {
          subject: input.subject,
          body: text,
          requester: input.requester,
          priority: input.priority ?? null,
          tags: input.tags,
        },
        req.now,
      )
      await fireTriggers(req.account, ticket, 'Create')
      sendJson(req.res, 201, { ticket: restTicket(req.account, ticket, req.origin) })
    },
  ],
  [
    'GET',
    /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/,
    (req) => {
      const ticket = findTicket(req)
      if (!ticket) return notFound(req.res)
      const extra = sideloads(
        req,
        ticket.comments.map((c) => c.author_id),
        [],
      )
      // sort_order=desc lists the newest comments first, as Zendesk does.
      const isNewestFirst = req.query.get('sort_order') === 'desc'
      sendJson(req.res, 200, {
        comments: isNewestFirst ? [...ticket.comments].reverse() : ticket.comments,
        ...extra,
        next_page: null,
        previous_page: null,
        count: ticket.comments.length,
      })
    },
  ],
  [
    'GET',
    /^\/api\/v2\/tickets\/(\d+)\/tags\.json$/,
    (req) => {
      const ticket = findTicket(req)
      return ticket ? sendJson(req.res, 200, { tags: ticket.tags }) : notFound(req.res)
    },
  ],
  [
    'PUT',
    /^\/api\/v2\/tickets\/(\d+)\/tags\.json$/,
    (req) => {
      const ticket = findTicket(req)
      if (!ticket) return notFound(req.res)
      const tags = (req.body as { tags?: string[] }).tags ?? []
      ticket.tags = [...new Set([...ticket.tags, ...tags.map((t) => t.toLowerCase())])]
      sendJson(req.res, 200, { tags: ticket.tags })
    },
  ],
  ['GET', /^\/api\/v2\/users\/me\.json$/, (req) => sendJson(req.res, 200, { user: req.user })],
  [
    'GET',
    /^\/api\/v2\/users\/(\d+)\.json$/,
    (req) => {
      const user = req.account.users.find((u) => u.id === Number(req.params[0]))
      return user ? sendJson(req.res, 200, { user }) : notFound(req.res)
    },
  ],
  [
    'GET',
    /^\/api\/v2\/organizations\/(\d+)\.json$/,
    (req) => {
      const organization = req.account.organizations.find((o) => o.id === Number(req.params[0]))
      return organization ? sendJson(req.res, 200, { organization }) : notFound(req.res)
    },
  ],
  [
    'GET',
    /^\/api\/v2\/search\.json$/,
    (req) => {
      const terms = (req.query.get('query') ?? '').split(/\s+/)
      const status = terms.find((t) => t.startsWith('status:'))?.slice(7)
      const perPage = Math.min(100, Number(req.query.get('per_page')) || 100)
      const results = req.account.tickets
        .filter((t) => terms.includes('type:ticket') && (!status || t.status === status))
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
        .slice(0, perPage)
        .map((t) => ({ ...restTicket(req.account, t, req.origin), result_type: 'ticket' }))
      sendJson(req.res, 200, {
        results,
        facets: null,
        next_page: null,
        previous_page: null,
        count: results.length,
      })
    },
  ],
]
