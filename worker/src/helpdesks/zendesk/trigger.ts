import {
  OUTCOME_TAGS,
  TAG_AUTO_REPLIED,
  TAG_DRAFT_NOTED,
  TAG_ESCALATED,
  TAG_SKIP,
  type TicketEventName,
} from '@deskmate/shared'

/** The requirement identifier of Deskmate's webhook in manifest/zendesk/requirements.json. */
export const WEBHOOK_REQUIREMENT = 'deskmate_ticket_events'

/** The JSON body the trigger sends (DESIGN: ticket id, ticket URL naming the account, event key). */
export const TRIGGER_BODY_TEMPLATE = JSON.stringify({
  ticket_id: '{{ticket.id}}',
  ticket_url: '{{ticket.url}}',
  event: 'ticket_created',
})

/** The body the follow-up trigger sends: the update stamp tells one requester reply from the next. */
export const FOLLOW_UP_BODY_TEMPLATE = JSON.stringify({
  ticket_id: '{{ticket.id}}',
  ticket_url: '{{ticket.url}}',
  event: 'requester_replied',
  updated_at: '{{ticket.updated_at_with_timestamp}}',
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

/**
 * The trigger that sends an end user's public comment on a ticket Deskmate answered or drafted for (and has
 * not escalated), so a customer saying the answer did not help reaches a human.
 */
export const deskmateFollowUpTrigger = (webhookId: string): ZendeskTrigger => ({
  title: 'Deskmate: escalate replies saying an answer did not help',
  description:
    "Sends the customer's public replies on tickets Deskmate answered to Deskmate, which escalates.",
  active: true,
  conditions: {
    all: [
      { field: 'update_type', operator: 'is', value: 'Change' },
      { field: 'comment_is_public', operator: 'is', value: 'true' },
      { field: 'role', operator: 'is', value: 'end_user' },
      { field: 'current_tags', operator: 'includes', value: `${TAG_AUTO_REPLIED} ${TAG_DRAFT_NOTED}` },
      { field: 'current_tags', operator: 'not_includes', value: `${TAG_SKIP} ${TAG_ESCALATED}` },
    ],
    any: [],
  },
  actions: [{ field: 'notification_webhook', value: [webhookId, FOLLOW_UP_BODY_TEMPLATE] }],
})

const eventOf = (template: unknown): unknown => {
  try {
    return (JSON.parse(String(template)) as { event?: unknown }).event
  } catch {
    return undefined
  }
}

/**
 * True when a trigger sends `event` to the given webhook (a template without a readable event counts as the
 * creation trigger, as Deskmate's first trigger was the only one).
 */
export const notifiesWebhook = (
  trigger: ZendeskTrigger,
  webhookId: string,
  event: TicketEventName = 'ticket_created',
): boolean =>
  trigger.actions.some((action) => {
    if (action.field !== 'notification_webhook' || !Array.isArray(action.value)) return false
    if (String(action.value[0]) !== webhookId) return false
    const sent = eventOf(action.value[1])
    return sent === event || (event === 'ticket_created' && sent !== 'requester_replied')
  })
