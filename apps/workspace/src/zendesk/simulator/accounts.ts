import { randomBytes } from 'node:crypto'
import type { SimAccount, SimApp, SimArticle, SimComment, SimTicket, SimUser } from './model.ts'
import { VIA_CHANNELS } from '../host/zaf-objects.ts'

/** A customer-side ticket to create (the workspace's demo ticket shape, helpdesk-neutral). */
export type NewTicket = {
  /** Keeps a known id (demo data); new tickets get the next free one. */
  id?: number
  subject: string
  body: string
  channel?: string
  priority?: SimTicket['priority']
  tags?: string[]
  requester?: { name?: string; email?: string; tags?: string[]; organizationTags?: string[] }
  createdAt?: string
  /** History: a ticket already solved (default: a new one). */
  solved?: boolean
  customFields?: SimTicket['custom_fields']
}

/** A Help Center article to publish (one translation); `updatedAt` backdates the change (ISO time). */
export type NewArticle = {
  id?: number
  title: string
  body: string
  locale: string
  draft?: boolean
  updatedAt?: string
}

/** How an account starts. */
export type AccountOptions = {
  account: string
  webhook?: { url: string; secret: string; deliver?: boolean }
  apiUser?: string
  apiToken?: string
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)

const htmlOf = (text: string): string =>
  `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>')}</p>`

/**
 * Creates an account with an admin (the API user), an agent, the app's installation and the Deskmate webhook.
 */
export const createAccount = (options: AccountOptions, now: Date, app: SimApp): SimAccount => {
  let id = 10_000
  const at = now.toISOString()
  const apiUser = options.apiUser ?? `admin@${options.account}.example`
  const apiToken = options.apiToken ?? randomBytes(18).toString('base64url')
  const admin: SimUser = {
    id: 900,
    name: 'Alex Admin',
    email: apiUser,
    role: 'admin',
    tags: [],
    organization_id: null,
    created_at: at,
    updated_at: at,
  }
  const agent: SimUser = {
    ...admin,
    id: 901,
    name: 'Sam Agent',
    email: `sam@${options.account}.example`,
    role: 'agent',
  }
  const account: SimAccount = {
    name: options.account,
    app,
    installationId: 2_000_001,
    apiTokens: new Map([[apiToken, apiUser]]),
    users: [admin, agent],
    organizations: [],
    tickets: [],
    articles: [],
    webhooks: [],
    triggers: [],
    deliveries: [],
    faults: [],
    deliverWebhooks: options.webhook?.deliver ?? true,
    nextId: () => ++id,
  }
  if (options.webhook) {
    account.webhooks.push({
      id: `01J${randomBytes(12).toString('hex').toUpperCase()}`,
      name: 'Deskmate ticket events',
      status: 'active',
      endpoint: options.webhook.url,
      http_method: 'POST',
      request_format: 'json',
      subscriptions: ['conditional_ticket_events'],
      signing_secret: { algorithm: 'SHA256', secret: options.webhook.secret },
      created_at: at,
    })
  }
  return account
}

/** The account's API credentials (for the Worker's registration). */
export const credentialsOf = (account: SimAccount): { apiUser: string; apiToken: string } => {
  const [apiToken, apiUser] = [...account.apiTokens.entries()][0] ?? ['', '']
  return { apiUser, apiToken }
}

const findOrCreateRequester = (
  account: SimAccount,
  requester: NewTicket['requester'],
  at: string,
): SimUser => {
  const email = (requester?.email ?? `customer${account.users.length}@example.com`).toLowerCase()
  const existing = account.users.find((u) => u.email === email)
  if (existing) return existing
  let organizationId: number | null = null
  if (requester?.organizationTags?.length) {
    const org = {
      id: account.nextId(),
      name: email.split('@')[1] ?? 'customers',
      tags: [...requester.organizationTags],
      created_at: at,
      updated_at: at,
    }
    account.organizations.push(org)
    organizationId = org.id
  }
  const user: SimUser = {
    id: account.nextId(),
    name: requester?.name ?? 'Customer',
    email,
    role: 'end-user',
    tags: [...(requester?.tags ?? [])],
    organization_id: organizationId,
    created_at: at,
    updated_at: at,
  }
  account.users.push(user)
  return user
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/** Zendesk's `plain_body`: the HTML's text, with paragraphs and list items on their own lines. */
const plainTextOf = (html: string): string =>
  html
    .replace(/<br\s*\/?>|<\/(p|li|div|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim()

/** Adds a comment by `author` (an agent's public comment opens a new ticket, as Zendesk does). */
export const addComment = (
  account: SimAccount,
  ticket: SimTicket,
  author: SimUser,
  body: { html?: string; text?: string; isPublic: boolean },
  at: string,
): SimComment => {
  const plain = body.text ?? plainTextOf(body.html ?? '')
  const comment: SimComment = {
    id: account.nextId(),
    type: 'Comment',
    author_id: author.id,
    body: plain,
    html_body: body.html ?? htmlOf(plain),
    plain_body: plain,
    public: body.isPublic,
    created_at: at,
  }
  ticket.comments.push(comment)
  if (author.role !== 'end-user' && body.isPublic && ticket.status === 'new') ticket.status = 'open'
  ticket.updated_at = at
  return comment
}

/** Creates a ticket as the customer sends it. */
export const insertTicket = (account: SimAccount, input: NewTicket, now: Date): SimTicket => {
  const at = input.createdAt ?? now.toISOString()
  const requester = findOrCreateRequester(account, input.requester, at)
  // API input is any string; an unknown channel arrives as email, as Zendesk's own web form does.
  const channel = (VIA_CHANNELS as Partial<Record<string, string>>)[input.channel ?? 'email'] ?? 'email'
  const ticket: SimTicket = {
    id:
      input.id && !account.tickets.some((t) => t.id === input.id)
        ? input.id
        : account.tickets.reduce((max, t) => Math.max(max, t.id), 100) + 1,
    subject: input.subject,
    description: input.body,
    status: 'new',
    priority: input.priority ?? null,
    type: null,
    tags: [...new Set(input.tags ?? [])],
    requester_id: requester.id,
    submitter_id: requester.id,
    organization_id: requester.organization_id,
    group_id: null,
    via: { channel, source: { from: { address: requester.email, name: requester.name }, to: {}, rel: null } },
    created_at: at,
    updated_at: at,
    comments: [],
  }
  addComment(account, ticket, requester, { text: input.body, isPublic: true }, at)
  if (input.solved) ticket.status = 'solved'
  if (input.customFields) ticket.custom_fields = input.customFields
  account.tickets.push(ticket)
  return ticket
}

/** Publishes or updates one article translation; `updated_at` moves, so the incremental export sees it. */
export const upsertArticle = (account: SimAccount, input: NewArticle, now: Date): SimArticle => {
  const at = input.updatedAt ? new Date(input.updatedAt).toISOString() : now.toISOString()
  const id = input.id ?? account.nextId()
  const locale = input.locale.toLowerCase()
  const existing = account.articles.find((a) => a.id === id && a.locale === locale)
  const article: SimArticle = {
    id,
    locale,
    source_locale:
      existing?.source_locale ?? account.articles.find((a) => a.id === id)?.source_locale ?? locale,
    title: input.title,
    body: input.body.includes('<') ? input.body : htmlOf(input.body),
    draft: input.draft ?? false,
    section_id: 360_000_001,
    author_id: 900,
    html_url: `https://${account.name}.zendesk.com/hc/${locale}/articles/${id}-${slug(input.title)}`,
    created_at: existing?.created_at ?? at,
    updated_at: at,
  }
  account.articles = [...account.articles.filter((a) => !(a.id === id && a.locale === locale)), article]
  return article
}
