/** Records the simulator keeps, in Zendesk's REST shapes (snake_case, numeric ids, ISO dates). */
export type SimUser = {
  id: number
  name: string
  email: string
  role: 'end-user' | 'agent' | 'admin'
  tags: string[]
  organization_id: number | null
  created_at: string
  updated_at: string
}

export type SimOrganization = {
  id: number
  name: string
  tags: string[]
  created_at: string
  updated_at: string
}

export type SimComment = {
  id: number
  type: 'Comment'
  author_id: number
  body: string
  html_body: string
  plain_body: string
  public: boolean
  created_at: string
}

export type SimTicket = {
  id: number
  subject: string
  description: string
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed'
  priority: 'low' | 'normal' | 'high' | 'urgent' | null
  type: 'question' | 'incident' | 'problem' | 'task' | null
  tags: string[]
  requester_id: number
  submitter_id: number
  organization_id: number | null
  group_id: number | null
  via: { channel: string; source: { from: object; to: object; rel: null } }
  created_at: string
  updated_at: string
  comments: SimComment[]
  /** Custom ticket fields (drop-down values are tags). */
  custom_fields?: Array<{ id: number; value: string | null }>
}

/** One translation of a Help Center article. */
export type SimArticle = {
  id: number
  locale: string
  source_locale: string
  title: string
  body: string
  draft: boolean
  section_id: number
  author_id: number
  html_url: string
  created_at: string
  updated_at: string
}

export type SimWebhook = {
  id: string
  name: string
  status: 'active' | 'inactive'
  endpoint: string
  http_method: 'POST'
  request_format: 'json'
  subscriptions: string[]
  signing_secret: { algorithm: 'SHA256'; secret: string }
  created_at: string
}

export type SimTriggerRule = { field: string; operator?: string; value: unknown }

export type SimTrigger = {
  id: number
  title: string
  description: string | null
  active: boolean
  position: number
  conditions: { all: SimTriggerRule[]; any: SimTriggerRule[] }
  actions: SimTriggerRule[]
  created_at: string
  updated_at: string
}

/** A signed webhook request the simulator sent (or, when delivery is off, only prepared). */
export type SimDelivery = {
  webhookId: string
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
  times: number
}

/** The Marketplace app the accounts installed, with the key pair that signs its ZAF JWTs. */
export type SimApp = { id: number; privateKey: CryptoKey; publicKeyPem: string }

/** Everything one simulated account holds. */
export type SimAccount = {
  name: string
  app: SimApp
  installationId: number
  apiTokens: Map<string, string>
  users: SimUser[]
  organizations: SimOrganization[]
  tickets: SimTicket[]
  articles: SimArticle[]
  webhooks: SimWebhook[]
  triggers: SimTrigger[]
  deliveries: SimDelivery[]
  faults: SimFault[]
  /** Whether trigger webhooks are really sent (off when the receiver is not reachable over HTTP). */
  deliverWebhooks: boolean
  nextId: () => number
}
