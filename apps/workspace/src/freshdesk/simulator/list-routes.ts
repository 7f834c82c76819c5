import type { SimTicket } from './model.ts'
import { invalid, sendJson } from './responses.ts'
import { sendPage, type SimRequest, type SimRoute } from './route.ts'
import { ticketView } from './ticket-routes.ts'

const ORDER_FIELDS = ['created_at', 'updated_at', 'due_by', 'status'] as const
const INCLUDES = new Set(['requester', 'stats', 'description'])
/** Without `updated_since`, Freshdesk lists only the tickets created in the last 30 days. */
const DEFAULT_WINDOW_MS = 30 * 86_400_000

type Order = (typeof ORDER_FIELDS)[number]

const compare = (field: Order) => (a: SimTicket, b: SimTicket) =>
  field === 'status' ? a.status - b.status : a[field].localeCompare(b[field])

/** `GET /api/v2/tickets`: ordered, filtered by `updated_since`, paged, `include=requester,stats,description`. */
const listTickets = (req: SimRequest): void => {
  const orderBy = (req.query.get('order_by') ?? 'created_at') as Order
  const orderType = req.query.get('order_type') ?? 'desc'
  const since = req.query.get('updated_since')
  const includes = (req.query.get('include') ?? '').split(',').filter(Boolean)
  if (!ORDER_FIELDS.includes(orderBy))
    return invalid(req.res, 'order_by', `It should be one of these values: ${ORDER_FIELDS.join(',')}`)
  if (orderType !== 'asc' && orderType !== 'desc')
    return invalid(req.res, 'order_type', 'It should be one of these values: asc,desc')
  if (since !== null && Number.isNaN(Date.parse(since)))
    return invalid(req.res, 'updated_since', 'It should be a valid date-time')
  if (includes.some((include) => !INCLUDES.has(include)))
    return invalid(req.res, 'include', 'It should be one of these values: requester,stats,description')
  if (Number(req.query.get('per_page') ?? 30) > 100)
    return invalid(req.res, 'per_page', 'It should be a Positive Number less than or equal to 100')
  const from = since === null ? req.now.getTime() - DEFAULT_WINDOW_MS : Date.parse(since)
  const listed = req.account.tickets
    .filter((t) => Date.parse(since === null ? t.created_at : t.updated_at) >= from)
    .sort(compare(orderBy))
  if (orderType === 'desc') listed.reverse()
  // The list carries no description unless asked for (it costs extra credits on Freshdesk).
  const withDescription = includes.includes('description')
  sendPage(
    req,
    listed.map((ticket) => {
      const { description, description_text, ...view } = ticketView(req, ticket)
      return withDescription ? { ...view, description, description_text } : view
    }),
  )
}

/** The ticket list and the account's custom ticket fields. */
export const LIST_ROUTES: SimRoute[] = [
  ['GET', /^\/api\/v2\/tickets$/, listTickets],
  [
    'GET',
    /^\/api\/v2\/ticket_fields$/,
    (req) =>
      sendJson(
        req.res,
        200,
        req.account.ticketFields.map((field) => ({ ...field, default: false, required_for_agents: false })),
        req.headers,
      ),
  ],
]
