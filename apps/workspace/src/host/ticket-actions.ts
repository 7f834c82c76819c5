import type { WorkspaceTicket } from './demo-ticket.ts'
import { noSuchApi, type ZafPathError } from './ticket-paths.ts'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/**
 * Reduces HTML to the text an agent would see in a plain composer (block ends become line breaks); a link
 * keeps its address after its text, as Zendesk's editor keeps the link.
 */
export const htmlToText = (html: string): string =>
  html
    .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) =>
      label.trim() === '' || label.trim() === href ? href : `${label} (${href})`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6])>/gi, '\n\n')
    .replace(/<\/li>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const appendToComposer = (ticket: WorkspaceTicket, addition: string): Partial<WorkspaceTicket> => {
  const current = ticket.composer.text
  const separator = current === '' || current.endsWith('\n') ? '' : '\n'
  return { composer: { ...ticket.composer, text: `${current}${separator}${addition}` } }
}

const toTagList = (args: readonly unknown[]): string[] =>
  args
    .flatMap((arg) => (Array.isArray(arg) ? arg : [arg]))
    .filter((tag): tag is string => typeof tag === 'string')

/** The outcome of one ZAF `invoke` action on the ticket view. */
export type ActionOutcome =
  | { kind: 'patch'; patch: Partial<WorkspaceTicket> }
  | { kind: 'resize'; height: string; width: string }
  | { kind: 'notify'; message: string; level: string }
  | { kind: 'ignored' }
  | { kind: 'error'; error: ZafPathError }

const textArgument = (name: string, args: readonly unknown[]): string | ZafPathError =>
  typeof args[0] === 'string'
    ? args[0]
    : { message: 'Expected a string argument', name: 'InvalidValue', path: name }

/** Runs one invoke action (`ticket.comment.appendText`, `resize`, ...) against the open ticket. */
export const invokeAction = (
  name: string,
  args: readonly unknown[],
  ticket: WorkspaceTicket,
): ActionOutcome => {
  switch (name) {
    case 'ticket.comment.appendText':
    case 'ticket.comment.appendMarkdown':
    case 'ticket.editor.insert': {
      const text = textArgument(name, args)
      return typeof text === 'string'
        ? { kind: 'patch', patch: appendToComposer(ticket, text) }
        : { kind: 'error', error: text }
    }
    case 'ticket.comment.appendHtml': {
      const html = textArgument(name, args)
      return typeof html === 'string'
        ? { kind: 'patch', patch: appendToComposer(ticket, htmlToText(html)) }
        : { kind: 'error', error: html }
    }
    case 'ticket.tags.add':
      return { kind: 'patch', patch: { tags: [...new Set([...ticket.tags, ...toTagList(args)])] } }
    case 'ticket.tags.remove': {
      const removed = new Set(toTagList(args))
      return { kind: 'patch', patch: { tags: ticket.tags.filter((tag) => !removed.has(tag)) } }
    }
    case 'resize': {
      const size = (args[0] ?? {}) as { width?: unknown; height?: unknown }
      return { kind: 'resize', height: String(size.height ?? 'auto'), width: String(size.width ?? '100%') }
    }
    case 'notify':
      return { kind: 'notify', message: String(args[0] ?? ''), level: String(args[1] ?? 'notice') }
    case 'track':
    case 'appear':
      return { kind: 'ignored' }
    default:
      return { kind: 'error', error: noSuchApi(name) }
  }
}
