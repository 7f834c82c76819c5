import { createHmac, randomUUID } from 'node:crypto'
import type { SimAccount, SimComment, SimDelivery, SimTicket, SimTriggerRule, SimUser } from './model.ts'

/** What caused trigger evaluation. */
export type UpdateType = 'Create' | 'Change'

/** Who made the change and the comment it added, for the "Current user" and "Comment is" conditions. */
export type ChangeContext = { role?: SimUser['role']; comment?: SimComment | null }

// Zendesk's `comment_is_public` values: true, false, not_relevant (and requester_can_see_comment).
const commentMatches = (value: unknown, comment: SimComment | null | undefined): boolean => {
  if (value === 'not_relevant') return true
  if (!comment) return false
  return String(value) === 'false' ? !comment.public : comment.public
}

const tagsOf = (value: unknown): string[] =>
  String(value ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)

const matches = (
  rule: SimTriggerRule,
  ticket: SimTicket,
  updateType: UpdateType,
  context: ChangeContext,
): boolean => {
  const value = rule.value
  switch (rule.field) {
    case 'comment_is_public':
      return commentMatches(value, context.comment)
    case 'role': {
      // The current user's role: end_user, agent or admin (an agent condition also covers admins).
      const role = context.role === 'end-user' ? 'end_user' : context.role
      const isMatch = value === 'agent' ? role === 'agent' || role === 'admin' : role === value
      return rule.operator === 'is_not' ? !isMatch : isMatch
    }
    case 'update_type':
      return rule.operator === 'is_not' ? value !== updateType : value === updateType
    case 'current_tags': {
      const present = tagsOf(value).filter((tag) => ticket.tags.includes(tag))
      if (rule.operator === 'includes') return present.length > 0
      return present.length === 0
    }
    case 'status':
      return rule.operator === 'is_not' ? ticket.status !== value : ticket.status === value
    case 'priority':
      return rule.operator === 'is_not' ? ticket.priority !== value : ticket.priority === value
    default:
      return false
  }
}

/** Zendesk's placeholders in a JSON body (values JSON-escaped so a subject cannot break the template). */
const render = (template: string, account: SimAccount, ticket: SimTicket): string => {
  const values: Record<string, string> = {
    'ticket.id': String(ticket.id),
    'ticket.url': `${account.name}.zendesk.com/agent/tickets/${ticket.id}`,
    'ticket.title': ticket.subject,
    'ticket.status': ticket.status,
    'ticket.priority': ticket.priority ?? '-',
    'ticket.updated_at_with_timestamp': ticket.updated_at,
  }
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? JSON.stringify(values[name]).slice(1, -1) : whole,
  )
}

/** Zendesk's signature: base64 HMAC-SHA256 over the timestamp header followed by the raw body. */
export const signWebhook = (secret: string, timestamp: string, body: string): string =>
  createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('base64')

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
 * Runs the account's active triggers for a ticket change (`context`: who changed it and the comment added, if
 * any), in position order; each matching webhook action becomes a signed delivery (sent over HTTP unless
 * delivery is off). Resolves when every request has been sent.
 */
export const fireTriggers = (
  account: SimAccount,
  ticket: SimTicket,
  updateType: UpdateType,
  context: ChangeContext = {},
): Promise<void> => {
  const sends: Promise<void>[] = []
  const triggers = account.triggers.filter((t) => t.active).sort((a, b) => a.position - b.position)
  for (const trigger of triggers) {
    const { all, any } = trigger.conditions
    const isMatch =
      all.every((r) => matches(r, ticket, updateType, context)) &&
      (any.length === 0 || any.some((r) => matches(r, ticket, updateType, context)))
    if (!isMatch) continue
    for (const action of trigger.actions) {
      if (action.field !== 'notification_webhook' || !Array.isArray(action.value)) continue
      const [webhookId, template] = action.value as [string, string]
      const webhook = account.webhooks.find((w) => w.id === String(webhookId) && w.status === 'active')
      if (!webhook) continue
      const body = render(String(template ?? ''), account, ticket)
      const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
      const delivery: SimDelivery = {
        webhookId: webhook.id,
        url: webhook.endpoint,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Zendesk Webhook',
          'x-zendesk-account-id': '1',
          'x-zendesk-webhook-id': webhook.id,
          'x-zendesk-webhook-invocation-id': randomUUID(),
          'x-zendesk-webhook-signature-timestamp': timestamp,
          'x-zendesk-webhook-signature': signWebhook(webhook.signing_secret.secret, timestamp, body),
        },
        body,
        status: null,
      }
      account.deliveries.push(delivery)
      if (account.deliverWebhooks) sends.push(send(delivery))
    }
  }
  return Promise.all(sends).then(() => undefined)
}
