import { describe, expect, it } from 'vitest'
import followUpTemplate from '../../../../manifest/zendesk/follow-up-trigger-template.json'
import createdTemplate from '../../../../manifest/zendesk/trigger-template.json'
import { deskmateFollowUpTrigger, deskmateTrigger, notifiesWebhook } from './trigger.ts'

const withWebhook = (template: { trigger: unknown }, webhookId: string): unknown =>
  JSON.parse(JSON.stringify(template.trigger).replace('{{webhook_id}}', webhookId))

const sameBodies = (trigger: unknown): unknown =>
  JSON.parse(JSON.stringify(trigger), (key, value: unknown) =>
    key === 'value' && Array.isArray(value) && typeof value[1] === 'string'
      ? [value[0], JSON.parse(value[1])]
      : value,
  )

describe('Deskmate triggers', () => {
  it('are the documented templates', () => {
    expect(sameBodies(deskmateTrigger('7'))).toEqual(sameBodies(withWebhook(createdTemplate, '7')))
    expect(sameBodies(deskmateFollowUpTrigger('7'))).toEqual(sameBodies(withWebhook(followUpTemplate, '7')))
  })

  it('are told apart by the event their body sends', () => {
    expect(notifiesWebhook(deskmateTrigger('7'), '7', 'ticket_created')).toBe(true)
    expect(notifiesWebhook(deskmateTrigger('7'), '7', 'requester_replied')).toBe(false)
    expect(notifiesWebhook(deskmateFollowUpTrigger('7'), '7', 'requester_replied')).toBe(true)
    expect(notifiesWebhook(deskmateFollowUpTrigger('7'), '7', 'ticket_created')).toBe(false)
    expect(notifiesWebhook(deskmateFollowUpTrigger('7'), '8', 'requester_replied')).toBe(false)
  })

  it('count a trigger an admin edited into an unreadable body as the new-ticket one', () => {
    const edited = deskmateTrigger('7')
    edited.actions = [{ field: 'notification_webhook', value: ['7', '{"ticket_id": "{{ticket.id}}", oops'] }]
    expect(notifiesWebhook(edited, '7', 'ticket_created')).toBe(true)
    expect(notifiesWebhook(edited, '7', 'requester_replied')).toBe(false)
  })
})
