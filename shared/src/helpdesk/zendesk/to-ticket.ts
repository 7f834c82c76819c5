import type { Channel, Priority } from '../../taxonomy/taxonomy.ts'
import { PRIORITIES } from '../../taxonomy/taxonomy.ts'
import { TICKET_LIMITS } from '../../tickets/limits.ts'
import type { Requester, Ticket } from '../../tickets/ticket.ts'

/** A Zendesk user as ZAF (`ticket.requester`) or the REST API (`users[]`) describes them. */
export type ZendeskUser = {
  id?: number | string | null
  name?: string | null
  email?: string | null
  role?: string | null
  tags?: string[] | null
}

/** A Zendesk organization (`ticket.organization` in ZAF, `organizations[]` in REST). */
export type ZendeskOrganization = { id?: number | string | null; tags?: string[] | null }

/** The ZAF `get` results the sidebar reads (`ticket.*` paths, without the `ticket.` prefix). */
export type ZafTicketData = {
  id?: number | string | null
  subject?: string | null
  description?: string | null
  priority?: string | null
  tags?: string[] | null
  via?: { channel?: string | null } | null
  requester?: ZendeskUser | null
  organization?: ZendeskOrganization | null
  createdAt?: string | null
}

/** A REST ticket (`GET /api/v2/tickets/{id}.json` → `ticket`). */
export type ZendeskRestTicket = {
  id?: number | string | null
  subject?: string | null
  description?: string | null
  priority?: string | null
  tags?: string[] | null
  via?: { channel?: string | null } | null
  created_at?: string | null
  requester_id?: number | string | null
  organization_id?: number | string | null
}

const CHANNEL_BY_VIA: Record<string, Channel> = {
  email: 'email',
  web: 'web',
  web_form: 'web',
  web_widget: 'web',
  help_center: 'web',
  mobile: 'web',
  mobile_sdk: 'web',
  chat: 'chat',
  chat_transcript: 'chat',
  native_messaging: 'chat',
  messaging: 'chat',
  voice: 'phone',
  phone: 'phone',
  sms: 'phone',
  twitter: 'social',
  facebook: 'social',
  instagram_dm: 'social',
  whatsapp: 'social',
  any_channel: 'social',
  api: 'api',
  web_service: 'api',
}

/** Maps Zendesk's `via.channel` to a Deskmate channel (undefined for system channels). */
export const toChannel = (via: string | null | undefined): Channel | undefined =>
  via ? CHANNEL_BY_VIA[via.toLowerCase()] : undefined

/** Maps Zendesk's priority (`'-'` or null when unset) to a Deskmate priority. */
export const toPriority = (value: string | null | undefined): Priority | undefined =>
  (PRIORITIES as readonly string[]).includes(value ?? '') ? (value as Priority) : undefined

const clip = (text: string | null | undefined, max: number): string => (text ?? '').slice(0, max)

const clipTags = (tags: string[] | null | undefined): string[] | undefined =>
  tags ? tags.slice(0, TICKET_LIMITS.tags).map((tag) => tag.slice(0, TICKET_LIMITS.tag)) : undefined

const toRequester = (
  user: ZendeskUser | null | undefined,
  organization: ZendeskOrganization | null | undefined,
): Requester | undefined => {
  if (!user && !organization) return undefined
  const requester: Requester = {}
  if (user?.email) requester.email = user.email.slice(0, 320)
  if (user?.name) requester.name = user.name.slice(0, 500)
  const tags = clipTags(user?.tags)
  if (tags) requester.tags = tags
  const organizationTags = clipTags(organization?.tags)
  if (organizationTags) requester.organizationTags = organizationTags
  if (user?.role) requester.isAgent = user.role === 'agent' || user.role === 'admin'
  return requester
}

const toIsoDate = (value: string | null | undefined): string | undefined => {
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

const compact = (ticket: Record<string, unknown>): Ticket =>
  Object.fromEntries(Object.entries(ticket).filter(([, value]) => value !== undefined)) as Ticket

/** Maps the ZAF `ticket.*` data the sidebar reads to a Ticket. */
export const zafTicketToTicket = (data: ZafTicketData): Ticket =>
  compact({
    id: data.id == null ? undefined : String(data.id),
    subject: clip(data.subject, TICKET_LIMITS.subject),
    body: clip(data.description, TICKET_LIMITS.body),
    channel: toChannel(data.via?.channel),
    priority: toPriority(data.priority),
    tags: clipTags(data.tags),
    requester: toRequester(data.requester, data.organization),
    createdAt: toIsoDate(data.createdAt),
  })

/** Maps a REST ticket, with its sideloaded requester and organization when present, to a Ticket. */
export const restTicketToTicket = (
  ticket: ZendeskRestTicket,
  sideloads: { users?: ZendeskUser[]; organizations?: ZendeskOrganization[] } = {},
): Ticket => {
  const requester = sideloads.users?.find((u) => u.id != null && String(u.id) === String(ticket.requester_id))
  const organization = sideloads.organizations?.find(
    (o) => o.id != null && String(o.id) === String(ticket.organization_id),
  )
  return zafTicketToTicket({
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    priority: ticket.priority,
    tags: ticket.tags,
    via: ticket.via,
    requester,
    organization,
    createdAt: ticket.created_at,
  })
}
