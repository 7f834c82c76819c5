import { OUTCOME_TAGS } from '@deskmate/shared'
import type { ZendeskSimulator } from '../../../apps/workspace/src/simulators/zendesk/index.ts'
import type { TicketOutcome } from '../../test/soak/judge-soak.ts'
import type { SoakTicket } from '../../test/soak/run-deliveries.ts'

const DESKMATE_ROLES = new Set(['admin', 'agent'])

/** What the simulated helpdesk shows for each ticket (audit entries filled in later, or null). */
export const readOutcomes = (
  simulator: ZendeskSimulator,
  tickets: SoakTicket[],
  auditEntries: Map<string, number> | null,
): TicketOutcome[] =>
  tickets.map((ticket) => {
    const account = simulator.state.accounts.get(ticket.account.account)
    const view = account?.tickets.find((t) => t.id === ticket.id)
    const staff = new Set(account?.users.filter((u) => DESKMATE_ROLES.has(u.role)).map((u) => u.id))
    const comments = view?.comments.filter((c) => staff.has(c.author_id)) ?? []
    return {
      ticket: ticket.key,
      deskmateComments: comments.length,
      publicReplies: comments.filter((c) => c.public).length,
      outcomeTags: (view?.tags ?? []).filter((tag) => (OUTCOME_TAGS as readonly string[]).includes(tag)),
      auditEntries: auditEntries ? (auditEntries.get(ticket.key) ?? 0) : null,
    }
  })

/** Tickets still waiting for their outcome (no Deskmate comment yet). */
export const countPending = (
  simulator: ZendeskSimulator,
  tickets: SoakTicket[],
  valid: Set<string>,
): number =>
  readOutcomes(
    simulator,
    tickets.filter((t) => valid.has(t.key)),
    null,
  ).filter((o) => o.deskmateComments === 0).length
