import type { WorkerMethod } from '@deskmate/app-core'

/** One Worker call as a request template: its name and the `context` its path and query take. */
export type TemplateCall = { name: string; context: Record<string, string> }

/** Query parameters a template reads from `context`, by the context key it expects. */
type Route = { method: WorkerMethod; path: string; name: string; query?: Record<string, string> }

/** Every Worker call the sidebar makes, by method and path (config/requests.json holds the templates). */
export const WORKER_TEMPLATES: readonly Route[] = [
  { method: 'GET', path: '/v1/settings', name: 'getSettings' },
  { method: 'POST', path: '/v1/tickets/analyze', name: 'analyzeTicket' },
  { method: 'POST', path: '/v1/kb/suggest', name: 'suggestArticles' },
  { method: 'POST', path: '/v1/replies/stream-token', name: 'createStreamToken' },
  {
    method: 'GET',
    path: '/v1/activity',
    name: 'listActivity',
    query: { ticketId: 'ticket_id', limit: 'limit' },
  },
]

/** The template for a Worker call, or null when no template covers it. */
export const templateFor = (method: WorkerMethod, pathWithQuery: string): TemplateCall | null => {
  const url = new URL(pathWithQuery, 'https://worker.invalid')
  const route = WORKER_TEMPLATES.find((r) => r.method === method && r.path === url.pathname)
  if (!route) return null
  const context: Record<string, string> = {}
  for (const [param, key] of Object.entries(route.query ?? {}))
    context[key] = url.searchParams.get(param) ?? ''
  return { name: route.name, context }
}
