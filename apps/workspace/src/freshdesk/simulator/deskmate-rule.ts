import type { SimRule } from './model.ts'

const SECRET_HEADER = 'X-Deskmate-Webhook-Secret'

/** The "Ticket creation" rule Deskmate's registration creates: new open tickets, POST with the secret header. */
export const deskmateRule = (url: string, secret: string, at: string): SimRule => ({
  id: 1,
  name: 'Deskmate: answer new tickets',
  active: true,
  position: 1,
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
      url,
      content: { ticket_id: '{{ticket.id}}', ticket_url: '{{ticket.url}}' },
      custom_headers: { [SECRET_HEADER]: secret },
    },
  ],
  created_at: at,
  updated_at: at,
})
