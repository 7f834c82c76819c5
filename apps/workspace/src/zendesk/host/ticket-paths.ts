import { PRIORITIES, TICKET_TYPES } from '@deskmate/shared'
import { COMMENT_TYPES, TICKET_STATUSES, type WorkspaceTicket } from './demo-ticket.ts'
import { toZafRoot, type AgentUser } from './zaf-objects.ts'

/** The error object ZAF puts in a response's `errors` map, keyed by path. */
export type ZafPathError = { message: string; name: string; path: string }

export const noSuchApi = (path: string): ZafPathError => ({
  message: 'No such API',
  name: 'APIUnavailable',
  path,
})

const invalidValue = (path: string, value: unknown): ZafPathError => ({
  message: `Invalid value ${JSON.stringify(value)}`,
  name: 'InvalidValue',
  path,
})

const readPath = (root: unknown, path: string): { found: boolean; value?: unknown } => {
  let node = root
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return { found: false }
    node = (node as Record<string, unknown>)[segment]
  }
  return { found: true, value: node }
}

/** Answers a ZAF `get`: every known path's value plus an `errors` map for the unknown ones. */
export const getPaths = (
  paths: readonly unknown[],
  ticket: WorkspaceTicket,
  agent: AgentUser,
  subdomain: string,
): Record<string, unknown> & { errors: Record<string, ZafPathError> } => {
  const root = toZafRoot(ticket, agent, subdomain)
  const result: Record<string, unknown> & { errors: Record<string, ZafPathError> } = { errors: {} }
  for (const path of paths) {
    const key = String(path)
    const { found, value } = readPath(root, key)
    if (found) result[key] = value
    else result.errors[key] = noSuchApi(key)
  }
  return result
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

const isTagList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((tag) => typeof tag === 'string' && /^[^\s,]+$/.test(tag))

/** Turns one ZAF `set` into a ticket patch, or the error ZAF reports for it. */
export const setPath = (
  path: string,
  value: unknown,
): { patch: Partial<WorkspaceTicket> } | { error: ZafPathError } => {
  switch (path) {
    case 'ticket.subject':
      return typeof value === 'string' && value.trim() !== ''
        ? { patch: { subject: value } }
        : { error: invalidValue(path, value) }
    case 'ticket.priority':
      return isOneOf(PRIORITIES, value)
        ? { patch: { priority: value } }
        : { error: invalidValue(path, value) }
    case 'ticket.type':
      return isOneOf(TICKET_TYPES, value) ? { patch: { type: value } } : { error: invalidValue(path, value) }
    case 'ticket.status':
      return isOneOf(TICKET_STATUSES, value)
        ? { patch: { status: value } }
        : { error: invalidValue(path, value) }
    case 'ticket.tags':
      return isTagList(value)
        ? { patch: { tags: [...new Set(value)] } }
        : { error: invalidValue(path, value) }
    default:
      return { error: noSuchApi(path) }
  }
}

/** Paths whose `set` changes the composer rather than a ticket field. */
export const setComposerPath = (
  path: string,
  value: unknown,
  composer: WorkspaceTicket['composer'],
): { composer: WorkspaceTicket['composer'] } | { error: ZafPathError } | undefined => {
  if (path === 'ticket.comment.text')
    return typeof value === 'string'
      ? { composer: { ...composer, text: value } }
      : { error: invalidValue(path, value) }
  if (path === 'ticket.comment.type')
    return isOneOf(COMMENT_TYPES, value)
      ? { composer: { ...composer, type: value } }
      : { error: invalidValue(path, value) }
  return undefined
}
