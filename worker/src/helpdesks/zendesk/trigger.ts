import { OUTCOME_TAGS, TAG_SKIP } from '@deskmate/shared'

/** The requirement identifier of Deskmate's webhook in manifest/zendesk/requirements.json. */
export const WEBHOOK_REQUIREMENT = 'deskmate_ticket_events'

/** The JSON body the trigger sends (DESIGN: ticket id, ticket URL naming the account, event key). */
export const TRIGGER_BODY_TEMPLATE = JSON.stringify({
  ticket_id: '{{ticket.id}}',
  ticket_url: '{{ticket.url}}',
  event: 'ticket_created',
})

/** A Zendesk trigger action or condition. */
export type ZendeskTriggerRule = { field: string; operator?: string; value: unknown }

/** A trigger as the Triggers API reads and writes it. */
export type ZendeskTrigger = {
  id?: number
  title: string
  description?: string
  active: boolean
  conditions: { all: ZendeskTriggerRule[]; any: ZendeskTriggerRule[] }
  actions: ZendeskTriggerRule[]
}

/** The trigger that sends every new ticket not yet touched by Deskmate to its webhook. */
export const deskmateTrigger = (webhookId: string): ZendeskTrigger => ({
  title: 'Deskmate: answer or escalate new tickets',
  description: 'Sends every new ticket to Deskmate, which replies, drafts an internal note or escalates.',
  active: true,
  conditions: {
    all: [
      { field: 'update_type', operator: 'is', value: 'Create' },
      { field: 'current_tags', operator: 'not_includes', value: [TAG_SKIP, ...OUTCOME_TAGS].join(' ') },
    ],
    any: [],
  },
  actions: [{ field: 'notification_webhook', value: [webhookId, TRIGGER_BODY_TEMPLATE] }],
})

/** True when a trigger notifies the given webhook. */
export const notifiesWebhook = (trigger: ZendeskTrigger, webhookId: string): boolean =>
  trigger.actions.some(
    (action) =>
      action.field === 'notification_webhook' &&
      Array.isArray(action.value) &&
      String(action.value[0]) === webhookId,
  )
