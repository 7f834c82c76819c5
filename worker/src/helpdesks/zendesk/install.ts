import { AppError } from '@deskmate/shared'
import type { Installation } from '../adapter.ts'
import type { ZendeskApi } from './api.ts'
import { WEBHOOK_REQUIREMENT, deskmateTrigger, notifiesWebhook, type ZendeskTrigger } from './trigger.ts'

type Requirement = { identifier: string; requirement_id: number | string; requirement_type: string }
type Page<K extends string, T> = { [key in K]: T[] } & { next_page?: string | null }

const MAX_PAGES = 20

const findTrigger = async (api: ZendeskApi, webhookId: string): Promise<ZendeskTrigger | null> => {
  let url: string | null | undefined = '/api/v2/triggers.json?per_page=100'
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body: Page<'triggers', ZendeskTrigger> = await api.get(url)
    const found = body.triggers.find((trigger) => notifiesWebhook(trigger, webhookId))
    if (found) return found
    url = body.next_page
  }
  return null
}

/**
 * Finds the installation's webhook (created by requirements.json), reads its per-installation signing secret
 * and creates Deskmate's trigger unless one already notifies that webhook (so re-registering is idempotent).
 */
export const connectZendeskInstallation = async (
  api: ZendeskApi,
  installationId: string,
): Promise<Installation> => {
  const { requirements } = await api.get<{ requirements: Requirement[] }>(
    `/api/v2/apps/installations/${encodeURIComponent(installationId)}/requirements.json`,
  )
  const webhook = requirements.find(
    (r) => r.requirement_type === 'webhooks' && r.identifier === WEBHOOK_REQUIREMENT,
  )
  if (!webhook) throw new AppError('not_found', 'The installation has no Deskmate webhook: reinstall the app')
  const webhookId = String(webhook.requirement_id)
  const { signing_secret: signing } = await api.get<{
    signing_secret: { algorithm: string; secret: string }
  }>(`/api/v2/webhooks/${encodeURIComponent(webhookId)}/signing_secret`)
  if (!signing?.secret) throw new AppError('helpdesk_upstream', 'Zendesk returned no webhook signing secret')
  const existing = await findTrigger(api, webhookId)
  if (existing?.id !== undefined) {
    return {
      webhookId,
      webhookSecret: signing.secret,
      triggerId: String(existing.id),
      isTriggerCreated: false,
    }
  }
  const { trigger } = await api.post<{ trigger: ZendeskTrigger }>('/api/v2/triggers.json', {
    trigger: deskmateTrigger(webhookId),
  })
  return { webhookId, webhookSecret: signing.secret, triggerId: String(trigger.id), isTriggerCreated: true }
}
