import type { SimAccount, SimDelivery, SimRule, SimTicket } from './model.ts'

type Property = SimRule['conditions'][number]['properties'][number]

const matches = (property: Property, ticket: SimTicket): boolean => {
  const values = Array.isArray(property.value) ? property.value : [property.value]
  const actual = (ticket as unknown as Record<string, unknown>)[property.field_name]
  const isIn = values.some((v) => String(v) === String(actual))
  return property.operator === 'not_in' || property.operator === 'is_not' ? !isIn : isIn
}

const conditionsHold = (rule: SimRule, ticket: SimTicket): boolean =>
  rule.conditions.every((set) => {
    const results = set.properties.map((p) => matches(p, ticket))
    return results.length === 0 || (set.match_type === 'all' ? results.every(Boolean) : results.some(Boolean))
  })

/** Freshdesk's placeholders in a JSON body (values JSON-escaped so a subject cannot break the template). */
const render = (content: Record<string, string>, account: SimAccount, ticket: SimTicket): string => {
  const values: Record<string, string> = {
    'ticket.id': String(ticket.id),
    'ticket.url': `https://${account.name}.freshdesk.com/helpdesk/tickets/${ticket.id}`,
    'ticket.subject': ticket.subject,
    'ticket.status': String(ticket.status),
  }
  const fill = (text: string): string =>
    text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole)
  return JSON.stringify(Object.fromEntries(Object.entries(content).map(([k, v]) => [k, fill(v)])))
}

const send = async (delivery: SimDelivery): Promise<void> => {
  try {
    const res = await fetch(delivery.url, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
      signal: AbortSignal.timeout(10_000),
    })
    delivery.status = res.status
    await res.body?.cancel()
  } catch (error) {
    delivery.error = error instanceof Error ? error.message : String(error)
  }
}

/**
 * Runs the account's active "Ticket creation" rules for a new ticket, in position order; each "Trigger
 * webhook" action becomes a delivery with the rule's custom headers (Freshdesk signs nothing), sent over HTTP
 * unless delivery is off. Resolves when every request has been sent.
 */
export const fireCreationRules = (account: SimAccount, ticket: SimTicket): Promise<void> => {
  const sends: Promise<void>[] = []
  const rules = account.rules.filter((r) => r.active).sort((a, b) => a.position - b.position)
  for (const rule of rules) {
    if (!conditionsHold(rule, ticket)) continue
    for (const action of rule.actions) {
      if (action.field_name !== 'trigger_webhook' || !action.url) continue
      const delivery: SimDelivery = {
        ruleId: rule.id,
        url: action.url,
        headers: { 'content-type': 'application/json', 'user-agent': 'Freshdesk', ...action.custom_headers },
        body: render(action.content ?? {}, account, ticket),
        status: null,
      }
      account.deliveries.push(delivery)
      if (account.deliverWebhooks) sends.push(send(delivery))
    }
  }
  return Promise.all(sends).then(() => undefined)
}
