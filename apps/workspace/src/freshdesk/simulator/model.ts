/** Records the simulator keeps, in Freshdesk's REST v2 shapes (snake_case, numeric codes, ISO dates). */
export type SimContact = {
  id: number
  name: string
  email: string
  phone: string | null
  mobile: string | null
  tags: string[]
  language: string
  created_at: string
  updated_at: string
}

/** An agent: a contact with roles; the API key authenticates as them. */
export type SimAgent = { id: number; contact: { name: string; email: string }; role_ids: number[] }

export type SimConversation = {
  id: number
  body: string
  body_text: string
  incoming: boolean
  private: boolean
  user_id: number
  /** 0 reply, 2 note (Freshdesk's conversation sources). */
  source: number
  ticket_id: number
  created_at: string
  updated_at: string
}

export type SimTicket = {
  id: number
  subject: string
  description: string
  description_text: string
  /** 2 open, 3 pending, 4 resolved, 5 closed, 6+ custom. */
  status: number
  /** 1 low, 2 medium, 3 high, 4 urgent. */
  priority: number
  source: number
  type: string | null
  tags: string[]
  requester_id: number
  responder_id: number | null
  group_id: number | null
  company_id: number | null
  custom_fields: Record<string, unknown>
  is_escalated: boolean
  fr_escalated: boolean
  nr_escalated: boolean
  due_by: string
  fr_due_by: string
  nr_due_by: string | null
  created_at: string
  updated_at: string
  stats: { first_responded_at: string | null; agent_responded_at: string | null; resolved_at: string | null }
  conversations: SimConversation[]
}

export type SimCategory = {
  id: number
  name: string
  description: string | null
  created_at: string
  updated_at: string
}

export type SimFolder = {
  id: number
  name: string
  description: string | null
  category_id: number
  parent_folder_id: number | null
  visibility: number
  created_at: string
  updated_at: string
}

/** One language version of a Solutions article (`status` 1 draft, 2 published). */
export type SimArticle = {
  id: number
  language: string
  title: string
  description: string
  description_text: string
  status: number
  folder_id: number
  category_id: number
  agent_id: number
  tags: string[]
  hits: number
  thumbs_up: number
  thumbs_down: number
  created_at: string
  updated_at: string
}

/** An automation rule in the Automations API shape (only Ticket creation rules are run). */
export type SimRule = {
  id: number
  name: string
  active: boolean
  position: number
  conditions: Array<{
    name: string
    match_type: 'any' | 'all'
    properties: Array<{ resource_type: string; field_name: string; operator: string; value: unknown }>
  }>
  actions: Array<{
    field_name: string
    request_type?: string
    url?: string
    content?: Record<string, string>
    custom_headers?: Record<string, string>
  }>
  created_at: string
  updated_at: string
}

/** A webhook request a rule sent (or, when delivery is off, only prepared). */
export type SimDelivery = {
  ruleId: number
  url: string
  headers: Record<string, string>
  body: string
  status: number | null
  error?: string
}

/** A fault the next matching API requests get. */
export type SimFault = {
  method?: string
  /** Regular expression source matched against the path after the account prefix. */
  path: string
  status?: number
  retryAfter?: number
  delayMs?: number
  /** Never answers (the client's timeout must fire). */
  hang?: boolean
  /** Applies the request, then answers this status (a write whose answer is lost). */
  afterApply?: boolean
  times: number
}

/** A custom ticket field (`GET /api/v2/ticket_fields`), named `cf_*` in a ticket's `custom_fields`. */
export type SimTicketField = { id: number; name: string; label: string; type: string }

/** Everything one simulated account holds. */
export type SimAccount = {
  name: string
  apiKeys: Map<string, number>
  agents: SimAgent[]
  contacts: SimContact[]
  tickets: SimTicket[]
  /** Custom ticket fields, added as history tickets first use them. */
  ticketFields: SimTicketField[]
  categories: SimCategory[]
  folders: SimFolder[]
  articles: SimArticle[]
  languages: { primary_language: string; supported_languages: string[] }
  rules: SimRule[]
  deliveries: SimDelivery[]
  faults: SimFault[]
  /** The per-minute API budget the rate-limit headers report (`windowStart`: when the minute began, ms). */
  rateLimit: { total: number; used: number; windowStart: number }
  /** Whether rule webhooks are really sent (off when the receiver is not reachable over HTTP). */
  deliverWebhooks: boolean
  nextId: () => number
}
