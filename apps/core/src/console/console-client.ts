import {
  parseProblem,
  type ActivityItem,
  type AnalyticsResponse,
  type DryRunResponse,
  type GroupsResponse,
  type KnowledgeArticlesPage,
  type KnowledgeGapsResponse,
  type KnowledgeSummary,
  type Settings,
  type SettingsHistoryResponse,
  type SettingsPatch,
  type TicketFieldsResponse,
  type TrainingCandidate,
  type TrainingRequest,
  type TrainingState,
} from '@deskmate/shared'

/** The admin console's calls to the Worker; every method rejects with an AppError. */
export type ConsoleClient = {
  getSettings(): Promise<Settings>
  updateSettings(patch: SettingsPatch): Promise<Settings>
  getHistory(limit?: number): Promise<SettingsHistoryResponse>
  /** Replays the policy over the account's latest tickets (nothing is posted). */
  dryRun(limit: number): Promise<DryRunResponse>
  /** The automation's decisions, filtered (query parameters of GET /v1/admin/activity). */
  searchActivity(filters: ActivityFilters): Promise<{ items: ActivityItem[] }>
  /** The same decisions as CSV text. */
  exportActivity(filters: ActivityFilters): Promise<string>
  /** The Help Center sync's state and the index's counts per language. */
  getKnowledge(): Promise<KnowledgeSummary>
  /** A page of indexed articles, searched by title or id. */
  listKnowledgeArticles(page: KnowledgePageRequest): Promise<KnowledgeArticlesPage>
  /** Queues a Help Center sync now (the Worker answers 202 at once; the sync runs in the background). */
  syncKnowledge(): Promise<{ queued: boolean }>
  /** The analytics of UTC days `from` … `to` (YYYY-MM-DD, inclusive). */
  getAnalytics(range: { from: string; to: string }): Promise<AnalyticsResponse>
  /** Clusters of recent tickets no article answered. */
  getKnowledgeGaps(): Promise<KnowledgeGapsResponse>
  /** The helpdesk's agent groups (where an escalation may be assigned). */
  listGroups(): Promise<GroupsResponse>
  /** The helpdesk's custom ticket fields by name (training's field picker; Zendesk answers 409). */
  listTicketFields(): Promise<TicketFieldsResponse>
  /** The active category model, the candidate awaiting the admin and what a rollback restores. */
  getTraining(): Promise<TrainingState>
  /** Learns a candidate category model from the account's solved tickets (the active one stays). */
  train(request: TrainingRequest): Promise<TrainingCandidate>
  adoptModel(candidateId: string): Promise<TrainingState>
  rollbackModel(): Promise<TrainingState>
}

/** Which page of indexed articles to list: a search and a language ('' = any), where it starts, how many. */
export type KnowledgePageRequest = { q: string; language?: string; offset: number; limit: number }

/** The query string of a page of indexed articles (an empty search is left out). */
export const knowledgeArticlesQuery = (page: KnowledgePageRequest): string => {
  const params = new URLSearchParams({ offset: String(page.offset), limit: String(page.limit) })
  if (page.q.trim()) params.set('q', page.q.trim())
  if (page.language) params.set('language', page.language)
  return params.toString()
}

/** The activity log's filters as the console edits them ('' or absent = any). */
export type ActivityFilters = {
  decision: string
  reason: string
  from: string
  to: string
  q: string
  category?: string
  language?: string
}

/** The query string for the filters: dates (YYYY-MM-DD) as whole UTC days, `to` inclusive. */
export const activityQuery = (filters: ActivityFilters, format: 'json' | 'csv'): string => {
  const params = new URLSearchParams({ format, limit: '500' })
  if (filters.decision) params.set('decision', filters.decision)
  if (filters.reason.trim()) params.set('reason', filters.reason.trim())
  if (filters.q.trim()) params.set('q', filters.q.trim())
  if (filters.category) params.set('category', filters.category)
  if (filters.language) params.set('language', filters.language)
  if (filters.from) params.set('from', `${filters.from}T00:00:00Z`)
  if (filters.to) {
    const next = new Date(`${filters.to}T00:00:00Z`)
    next.setUTCDate(next.getUTCDate() + 1)
    params.set('to', next.toISOString())
  }
  return params.toString()
}

/** The admin session the Worker's admin page carries (issued once the helpdesk vouched for an admin). */
export type AdminSessionInfo = { token: string; expiresAt: string; tenantId?: string; readOnly?: boolean }

const readJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Calls the Worker that served the console (same origin) with the admin session as a bearer token.
 * @example createConsoleClient({ baseUrl: location.origin, session }).getSettings()
 */
export const createConsoleClient = (options: {
  baseUrl: string
  session: AdminSessionInfo
  fetch?: typeof fetch
}): ConsoleClient => {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const call = async <T>(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    body?: unknown,
    asText = false,
  ): Promise<T> => {
    const response = await fetchFn(new URL(path, options.baseUrl).toString(), {
      method,
      credentials: 'omit',
      headers: {
        Authorization: `Bearer ${options.session.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    const parsed = readJson(text)
    if (!response.ok) throw parseProblem(parsed, response.status)
    return (asText ? text : parsed) as T
  }
  return {
    getSettings: () => call('GET', '/v1/settings'),
    updateSettings: (patch) => call('PUT', '/v1/settings', patch),
    getHistory: (limit = 20) => call('GET', `/v1/settings/history?limit=${limit}`),
    dryRun: (limit) => call('POST', '/v1/admin/dry-run', { limit }),
    searchActivity: (filters) => call('GET', `/v1/admin/activity?${activityQuery(filters, 'json')}`),
    exportActivity: (filters) =>
      call('GET', `/v1/admin/activity?${activityQuery(filters, 'csv')}`, undefined, true),
    getKnowledge: () => call('GET', '/v1/admin/knowledge'),
    listKnowledgeArticles: (page) =>
      call('GET', `/v1/admin/knowledge/articles?${knowledgeArticlesQuery(page)}`),
    syncKnowledge: () => call('POST', '/v1/kb/sync'),
    getAnalytics: ({ from, to }) => call('GET', `/v1/admin/analytics?${new URLSearchParams({ from, to })}`),
    getKnowledgeGaps: () => call('GET', '/v1/admin/knowledge-gaps'),
    listGroups: () => call('GET', '/v1/admin/groups'),
    listTicketFields: () => call('GET', '/v1/admin/ticket-fields'),
    getTraining: () => call('GET', '/v1/admin/training'),
    train: (request) => call('POST', '/v1/admin/training', request),
    adoptModel: (candidateId) =>
      call('POST', `/v1/admin/training/${encodeURIComponent(candidateId)}/adopt`, {}),
    rollbackModel: () => call('POST', '/v1/admin/training/rollback', {}),
  }
}

/** Reads the admin session from the page's meta tags (null when the page carries none). */
export const readAdminSession = (doc: Document): AdminSessionInfo | null => {
  const read = (name: string) =>
    doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? ''
  const token = read('deskmate-admin-session')
  if (token === '') return null
  const tenantId = read('deskmate-tenant')
  return {
    token,
    expiresAt: read('deskmate-admin-session-expires'),
    ...(tenantId ? { tenantId } : {}),
    // An agent's session: the Worker refuses it every admin call, the console shows the settings read-only.
    ...(read('deskmate-console-role') === 'viewer' ? { readOnly: true } : {}),
  }
}

/**
 * The ticket's page in the helpdesk, or null when the tenant's helpdesk is not known.
 * @example ticketUrl('zendesk:acme', '42') // 'https://acme.zendesk.com/agent/tickets/42'
 */
export const ticketUrl = (tenantId: string | undefined, ticketId: string): string | null => {
  const [helpdesk, account] = (tenantId ?? '').split(':')
  if (!account || !/^[a-z0-9-]+$/i.test(account)) return null
  const id = encodeURIComponent(ticketId)
  if (helpdesk === 'zendesk') return `https://${account}.zendesk.com/agent/tickets/${id}`
  if (helpdesk === 'freshdesk') return `https://${account}.freshdesk.com/a/tickets/${id}`
  return null
}
