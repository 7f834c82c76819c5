/**
 * One Worker call of the admin console as a Freshdesk request template: `path` may hold `:param` segments,
 * filled from `context` (the template's `path` has `<%= context.param %>` there), and `query` maps each query
 * parameter to the context key the template's `schema.query` reads.
 */
export type ConsoleTemplateRoute = {
  method: 'GET' | 'PUT' | 'POST'
  path: string
  name: string
  query?: Record<string, string>
}

const ACTIVITY_QUERY = {
  format: 'format',
  limit: 'limit',
  decision: 'decision',
  reason: 'reason',
  q: 'q',
  category: 'category',
  language: 'language',
  from: 'from',
  to: 'to',
}

/** Every call createConsoleClient makes, by method and path (manifest/freshdesk/config/requests.json). */
export const CONSOLE_TEMPLATES: readonly ConsoleTemplateRoute[] = [
  // Reading the settings is an agent operation: the sidebar's template (install secret) serves it.
  { method: 'GET', path: '/v1/settings', name: 'getSettings' },
  { method: 'PUT', path: '/v1/settings', name: 'updateSettings' },
  { method: 'GET', path: '/v1/settings/history', name: 'getSettingsHistory', query: { limit: 'limit' } },
  { method: 'POST', path: '/v1/admin/dry-run', name: 'runDryRun' },
  { method: 'GET', path: '/v1/admin/activity', name: 'searchAdminActivity', query: ACTIVITY_QUERY },
  { method: 'GET', path: '/v1/admin/knowledge', name: 'getKnowledge' },
  {
    method: 'GET',
    path: '/v1/admin/knowledge/articles',
    name: 'listKnowledgeArticles',
    query: { offset: 'offset', limit: 'limit', q: 'q', language: 'language' },
  },
  { method: 'POST', path: '/v1/kb/sync', name: 'syncKnowledge' },
  { method: 'GET', path: '/v1/admin/analytics', name: 'getAnalytics', query: { from: 'from', to: 'to' } },
  { method: 'GET', path: '/v1/admin/knowledge-gaps', name: 'getKnowledgeGaps' },
  { method: 'GET', path: '/v1/admin/groups', name: 'listGroups' },
  { method: 'GET', path: '/v1/admin/ticket-fields', name: 'listTicketFields' },
  { method: 'GET', path: '/v1/admin/training', name: 'getTraining' },
  { method: 'POST', path: '/v1/admin/training', name: 'trainModel' },
  { method: 'POST', path: '/v1/admin/training/rollback', name: 'rollbackModel' },
  { method: 'POST', path: '/v1/admin/training/:candidate_id/adopt', name: 'adoptModel' },
]

/** A console call as a template invocation: its name and the `context` its path and query take. */
export type ConsoleTemplateCall = { name: string; context: Record<string, string> }

// `:param` segments match one encoded path segment each and are passed decoded (the template re-encodes them).
const matchPath = (pattern: string, pathname: string): Record<string, string> | null => {
  const want = pattern.split('/')
  const got = pathname.split('/')
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? ''
    if (segment.startsWith(':')) {
      if (actual === '') return null
      params[segment.slice(1)] = decodeURIComponent(actual)
    } else if (segment !== actual) return null
  }
  return params
}

/**
 * The template for one console call, or null when none covers it (a query parameter the template cannot send
 * counts as not covered, so nothing is silently dropped).
 * @example consoleTemplateFor('GET', '/v1/settings/history?limit=5') // { name: 'getSettingsHistory', context: { limit: '5' } }
 */
export const consoleTemplateFor = (method: string, pathWithQuery: string): ConsoleTemplateCall | null => {
  const url = new URL(pathWithQuery, 'https://worker.invalid')
  for (const route of CONSOLE_TEMPLATES) {
    if (route.method !== method.toUpperCase()) continue
    const params = matchPath(route.path, url.pathname)
    if (!params) continue
    const query = route.query ?? {}
    if ([...url.searchParams.keys()].some((key) => !Object.hasOwn(query, key))) return null
    const context: Record<string, string> = { ...params }
    for (const [param, key] of Object.entries(query)) {
      const value = url.searchParams.get(param)
      if (value !== null) context[key] = value
    }
    return { name: route.name, context }
  }
  return null
}
