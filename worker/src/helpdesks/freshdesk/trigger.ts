import { SECRET_HEADER } from './verify-secret.ts'

/** Deskmate's automation rule as the Automations API takes it (`POST /api/v2/automations/1/rules`). */
export type FreshdeskRule = {
  id?: number
  name: string
  active: boolean
  conditions: Array<{
    name: string
    match_type: 'any' | 'all'
    properties: Array<{ resource_type: string; field_name: string; operator: string; value: unknown }>
  }>
  actions: Array<{
    field_name: string
    request_type?: string
    url?: string
    content_type?: string
    content_layout?: string
    content?: Record<string, string>
    custom_headers?: Record<string, string>
  }>
}

/** The path every Deskmate rule calls. */
export const WEBHOOK_PATH = '/v1/webhooks/freshdesk'
export const RULE_NAME = 'Deskmate: answer new tickets'

/**
 * The "Ticket creation" rule that sends each new ticket to Deskmate with the tenant's secret header and the
 * contract's body (`ticket_id`, `ticket_url`: a hint the Worker re-reads).
 */
export const deskmateRule = (webhookUrl: string, secret: string): FreshdeskRule => ({
  name: RULE_NAME,
  active: true,
  conditions: [
    {
      name: 'condition_set_1',
      match_type: 'any',
      properties: [{ resource_type: 'ticket', field_name: 'status', operator: 'in', value: [2] }],
    },
  ],
  actions: [
    {
      field_name: 'trigger_webhook',
      request_type: 'POST',
      url: webhookUrl,
      content_type: 'JSON',
      content_layout: '2',
      content: { ticket_id: '{{ticket.id}}', ticket_url: '{{ticket.url}}' },
      custom_headers: { [SECRET_HEADER]: secret },
    },
  ],
})

/** The webhook action of a rule that calls Deskmate, with the secret it sends; null for other rules. */
export const deskmateAction = (rule: FreshdeskRule): { url: string; secret: string } | null => {
  for (const action of rule.actions ?? []) {
    const url = action.url ?? ''
    const secret = Object.entries(action.custom_headers ?? {}).find(
      ([name]) => name.toLowerCase() === SECRET_HEADER.toLowerCase(),
    )?.[1]
    if (action.field_name === 'trigger_webhook' && url.endsWith(WEBHOOK_PATH) && secret)
      return { url, secret }
  }
  return null
}
