import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ZKbArticle, ZTicket, type KbArticle, type Ticket } from '@deskmate/shared'

/** The repository root (this file lives in worker/scripts/bench). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..')
/** The Worker package. */
export const WORKER_DIR = join(REPO_ROOT, 'worker')

const readList = (path: string, key: string): unknown => {
  const parsed = JSON.parse(readFileSync(join(WORKER_DIR, path), 'utf8')) as Record<string, unknown>
  if (!Array.isArray(parsed[key]) || parsed[key].length === 0) throw new Error(`${path} has no "${key}" list`)
  return parsed[key]
}

/** The demo tickets (subjects, bodies, channels, requesters) as the API receives them. */
export const loadBenchTickets = (): Ticket[] =>
  ZTicket.array().parse(readList('demo/tickets.json', 'tickets'))

/** The demo knowledge base. */
export const loadBenchArticles = (): KbArticle[] =>
  ZKbArticle.array().parse(readList('demo/kb-articles.json', 'articles'))
