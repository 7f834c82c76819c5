import { demoHistoryTickets } from '../../server/demo-history-tickets.ts'
import { rebaseDemoTickets } from '../../server/rebase-tickets.ts'
import type { DemoTicket } from '../../zendesk/host/demo-ticket.ts'
import type { NewTicket } from './accounts.ts'

/** The custom ticket field the demo's agents file each ticket's category in (training reads it or the tags). */
export const DEMO_CATEGORY_FIELD = 'cf_category'

/**
 * The demo account's tickets for the simulated Freshdesk: the demo file's tickets, moved so the newest arrived
 * five minutes before `now` (their SLA due dates count down instead of all showing breached), and the demo
 * history's tickets (the ones the demo tenant's decisions and knowledge gaps name), the solved ones with the
 * agent's reply and the category as a tag and in the category field.
 */
export const freshdeskDemoTickets = (demo: DemoTicket[], now: Date): NewTicket[] => {
  const current = rebaseDemoTickets(demo, now).map(
    ({ id, subject, body, channel, priority, tags, requester, createdAt }) => ({
      id: Number(id) || undefined,
      subject,
      body,
      ...(channel ? { channel } : {}),
      ...(priority ? { priority } : {}),
      ...(tags ? { tags } : {}),
      ...(requester ? { requester } : {}),
      ...(createdAt ? { createdAt } : {}),
    }),
  )
  const history = demoHistoryTickets(now).map(({ category, agentReply, ...ticket }) => ({
    ...ticket,
    ...(category ? { tags: [category], customFields: { [DEMO_CATEGORY_FIELD]: category } } : {}),
    ...(agentReply ? { agentReply } : {}),
  }))
  return [...current, ...history]
}
