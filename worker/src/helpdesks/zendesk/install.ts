import { AppError } from '@deskmate/shared'
import type { Installation } from '../adapter.ts'
import type { ZendeskApi } from './api.ts'
import {
  WEBHOOK_REQUIREMENT,
  deskmateFollowUpTrigger,
  deskmateTrigger,
  notifiesWebhook,
  type ZendeskTrigger,
} from './trigger.ts'

type Requirement = { identifier: string; requirement_id: number | string; requirement_type: string }
type Page<K extends string, T> = { [key in K]: T[] } & { next_page?: string | null }

const MAX_PAGES = 20

type DeskmateTriggers = { created: ZendeskTrigger | null; followUp: ZendeskTrigger | null }

/** Deskmate's triggers already notifying the webhook: the new-ticket one and the follow-up one. */
const findTriggers = async (api: ZendeskApi, webhookId: string): Promise<DeskmateTriggers> => {
  const found: DeskmateTriggers = { created: null, followUp: null }
  let url: string | null | undefined = '/api/v2/triggers.json?per_page=100'
  for (let page = 0; url && page < MAX_PAGES && !(found.created && found.followUp); page++) {
    const body: Page<'triggers', ZendeskTrigger> = await api.get(url)
    found.created ??= body.triggers.find((t) => notifiesWebhook(t, webhookId, 'ticket_created')) ?? null
    found.followUp ??= body.triggers.find((t) => notifiesWebhook(t, webhookId, 'requester_replied')) ?? null
    url = body.next_page
  }
  return found
}

const createTrigger = async (api: ZendeskApi, trigger: ZendeskTrigger): Promise<ZendeskTrigger> =>
  (await api.post<{ trigger: ZendeskTrigger }>('/api/v2/triggers.json', { trigger })).trigger

/**
 * Finds the installation's webhook (created by requirements.json), reads its per-installation signing secret
 * and creates each of Deskmate's triggers (new tickets, requester follow-ups) unless one already sends that
 * event to the webhook (so re-registering is idempotent, and an older installation gains the follow-up one).
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
  const existing = await findTriggers(api, webhookId)
  const found = existing.created?.id !== undefined ? existing.created : null
  const created = found ?? (await createTrigger(api, deskmateTrigger(webhookId)))
  if (existing.followUp?.id === undefined) await createTrigger(api, deskmateFollowUpTrigger(webhookId))
  return {
    webhookId,
    webhookSecret: signing.secret,
    triggerId: String(created.id),
    isTriggerCreated: found === null,
  }
}
