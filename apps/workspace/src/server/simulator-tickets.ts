import type { WorkspaceTicket } from '../zendesk/host/demo-ticket.ts'
import type { fullTicket } from '../zendesk/simulator/control-routes.ts'
import { toWorkspaceTicketFromSimulator } from '../zendesk/simulator/to-workspace-ticket.ts'

type Answer = { status: number; body: { ticket?: WorkspaceTicket; error?: string } }

/**
 * `POST /__workspace/tickets` creates a ticket in the simulated Zendesk as its customer would (firing the
 * trigger); `GET /__workspace/tickets/:id` reads it back for the ticket view.
 */
export const simulatorTicketRoute = async (
  simulator: { url: string; account: string },
  method: string,
  pathname: string,
  body: unknown,
): Promise<Answer> => {
  const id = /^\/__workspace\/tickets\/(\d+)$/.exec(pathname)?.[1]
  const base = `${simulator.url}/__sim/${simulator.account}/tickets`
  let res: Response
  if (method === 'POST' && pathname === '/__workspace/tickets') {
    res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })
  } else if (method === 'GET' && id) {
    res = await fetch(`${base}/${id}`)
  } else {
    return { status: 404, body: { error: 'Not found' } }
  }
  if (!res.ok) return { status: res.status, body: { error: `Simulator answered ${res.status}` } }
  const { ticket } = (await res.json()) as { ticket: ReturnType<typeof fullTicket> }
  return { status: method === 'POST' ? 201 : 200, body: { ticket: toWorkspaceTicketFromSimulator(ticket) } }
}
