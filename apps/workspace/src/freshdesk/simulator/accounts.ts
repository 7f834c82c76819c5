import { randomBytes } from 'node:crypto'
import { deskmateRule } from './deskmate-rule.ts'
import type { SimAccount, SimArticle, SimContact, SimTicket } from './model.ts'

/** A customer-side ticket to create (the workspace's demo ticket shape, helpdesk-neutral). */
export type NewTicket = {
  id?: number
  subject: string
  body: string
  channel?: string
  priority?: 'low' | 'normal' | 'high' | 'urgent' | null
  tags?: string[]
  requester?: { name?: string; email?: string; tags?: string[] }
  createdAt?: string
  /** History: a ticket already resolved (default: a new one), with no rule run for it. */
  solved?: boolean
  /** Custom field values by `cf_*` name (the account's ticket fields gain any new name). */
  customFields?: Record<string, string>
  /** History: the agent's public reply, an hour after the ticket arrived. */
  agentReply?: string
}

/** A Solutions article version to publish (`draft` keeps it unpublished); `folder` names its folder. */
export type NewArticle = {
  id?: number
  title: string
  body: string
  language?: string
  draft?: boolean
  folder?: string
  updatedAt?: string
}

/** How an account starts: its webhook receiver (a Deskmate rule is created) and API key. */
export type AccountOptions = {
  account: string
  webhook?: { url: string; secret: string; deliver?: boolean }
  apiKey?: string
  /** The plain agent's own API key (random when absent). */
  agentApiKey?: string
  languages?: string[]
}

const PRIORITY_CODES = { low: 1, normal: 2, high: 3, urgent: 4 } as const
const SOURCE_CODES: Record<string, number> = { email: 1, web: 2, phone: 3, chat: 7, social: 6, api: 2 }
/** Agent ids: 900 the admin who owns the API key, 901 a plain agent with a key of their own. */
export const ADMIN_ID = 900
export const AGENT_ID = 901

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Freshdesk stores HTML and derives plain text. */
export const htmlOf = (text: string): string => `<div>${escapeHtml(text).replace(/\n/g, '<br>')}</div>`
export const textOf = (html: string): string =>
  html
    .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim()

/** Freshdesk's timestamps: ISO-8601 UTC without milliseconds. */
export const stamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Creates an account with an admin (owner of the API key), an agent and, given a receiver, Deskmate's rule. */
export const createAccount = (options: AccountOptions, now: Date): SimAccount => {
  let id = 20_000
  const at = stamp(now)
  const apiKey = options.apiKey ?? randomBytes(15).toString('base64url')
  const agentApiKey = options.agentApiKey ?? randomBytes(15).toString('base64url')
  const [primary = 'en', ...others] = options.languages ?? ['en']
  return {
    name: options.account,
    apiKeys: new Map([
      [apiKey, ADMIN_ID],
      [agentApiKey, AGENT_ID],
    ]),
    agents: [
      {
        id: ADMIN_ID,
        contact: { name: 'Alex Admin', email: `admin@${options.account}.example` },
        role_ids: [1],
      },
      {
        id: AGENT_ID,
        contact: { name: 'Sam Agent', email: `sam@${options.account}.example` },
        role_ids: [4],
      },
    ],
    contacts: [],
    tickets: [],
    ticketFields: [],
    categories: [],
    folders: [],
    articles: [],
    languages: { primary_language: primary, supported_languages: others },
    rules: options.webhook ? [deskmateRule(options.webhook.url, options.webhook.secret, at)] : [],
    deliveries: [],
    faults: [],
    rateLimit: { total: 400, used: 0, windowStart: now.getTime() },
    deliverWebhooks: options.webhook?.deliver ?? true,
    nextId: () => ++id,
  }
}

/** The API key of an agent of the account (the admin's by default: the key Deskmate is installed with). */
export const apiKeyOf = (account: SimAccount, agentId = ADMIN_ID): string =>
  [...account.apiKeys].find(([, id]) => id === agentId)?.[0] ?? ''

const findOrAddContact = (account: SimAccount, input: NewTicket['requester'], at: string): SimContact => {
  const email = (input?.email ?? `customer-${account.contacts.length + 1}@example.com`).toLowerCase()
  const found = account.contacts.find((c) => c.email === email)
  if (found) return found
  const contact: SimContact = {
    id: account.nextId(),
    name: input?.name ?? email.split('@')[0] ?? 'Customer',
    email,
    phone: null,
    mobile: null,
    tags: input?.tags ?? [],
    language: 'en',
    created_at: at,
    updated_at: at,
  }
  account.contacts.push(contact)
  return contact
}

const HOUR_MS = 3_600_000

/** Adds a ticket as a customer would (status Open, SLA due dates from a 1 h / 24 h policy). */
export const insertTicket = (account: SimAccount, input: NewTicket, now: Date): SimTicket => {
  const created = input.createdAt ? new Date(input.createdAt) : now
  const at = stamp(created)
  const requester = findOrAddContact(account, input.requester, at)
  const description = htmlOf(input.body)
  const ticket: SimTicket = {
    id: input.id ?? account.tickets.reduce((max, t) => Math.max(max, t.id), 0) + 1,
    subject: input.subject,
    description,
    description_text: textOf(description),
    status: 2,
    priority: PRIORITY_CODES[input.priority ?? 'low'] ?? 1,
    source: SOURCE_CODES[input.channel ?? 'email'] ?? 1,
    type: null,
    tags: input.tags ?? [],
    requester_id: requester.id,
    responder_id: null,
    group_id: null,
    company_id: null,
    custom_fields: {},
    is_escalated: false,
    fr_escalated: false,
    nr_escalated: false,
    fr_due_by: stamp(new Date(created.getTime() + HOUR_MS)),
    due_by: stamp(new Date(created.getTime() + 24 * HOUR_MS)),
    nr_due_by: null,
    created_at: at,
    updated_at: at,
    stats: { first_responded_at: null, agent_responded_at: null, resolved_at: null },
    conversations: [],
  }
  account.tickets.push(ticket)
  return ticket
}

/** Publishes (or updates) one language version of an article, creating its category and folder. */
export const upsertArticle = (account: SimAccount, input: NewArticle, now: Date): SimArticle => {
  const at = input.updatedAt ? stamp(new Date(input.updatedAt)) : stamp(now)
  const folderName = input.folder ?? 'General'
  let folder = account.folders.find((f) => f.name === folderName)
  if (!folder) {
    let category = account.categories[0]
    if (!category) {
      category = { id: account.nextId(), name: 'Help', description: null, created_at: at, updated_at: at }
      account.categories.push(category)
    }
    folder = {
      id: account.nextId(),
      name: folderName,
      description: null,
      category_id: category.id,
      parent_folder_id: null,
      visibility: 1,
      created_at: at,
      updated_at: at,
    }
    account.folders.push(folder)
  }
  const language = input.language ?? account.languages.primary_language
  const id = input.id ?? account.nextId()
  const description = htmlOf(input.body)
  const article: SimArticle = {
    id,
    language,
    title: input.title,
    description,
    description_text: textOf(description),
    status: input.draft ? 1 : 2,
    folder_id: folder.id,
    category_id: folder.category_id,
    agent_id: ADMIN_ID,
    tags: [],
    hits: 0,
    thumbs_up: 0,
    thumbs_down: 0,
    created_at: at,
    updated_at: at,
  }
  account.articles = account.articles.filter((a) => !(a.id === id && a.language === language))
  account.articles.push(article)
  return article
}
