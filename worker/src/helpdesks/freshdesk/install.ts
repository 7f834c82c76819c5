import { AppError } from '@deskmate/shared'
import { randomToken } from '../../crypto/timing-safe.ts'
import type { Installation } from '../adapter.ts'
import type { FreshdeskApi } from './api.ts'
import { SECRET_HEADER } from './verify-secret.ts'
import { deskmateAction, deskmateRule, RULE_NAME, WEBHOOK_PATH, type FreshdeskRule } from './trigger.ts'

/** Freshdesk's automation type for rules on ticket creation. */
const TICKET_CREATION = 1
const RULES_PATH = `/api/v2/automations/${TICKET_CREATION}/rules`

/**
 * Finds Deskmate's "Ticket creation" rule and reads the secret it sends; when there is none and the Worker's
 * webhook URL is known, creates it with a new random secret (so re-registering creates no second rule).
 * Without a URL, the admin is told the exact rule to create.
 */
export const installFreshdesk = async (
  api: FreshdeskApi,
  webhookUrl: string | null,
): Promise<Installation> => {
  const rules = await api.get<FreshdeskRule[]>(`${RULES_PATH}?per_page=100`)
  for (const rule of rules) {
    const action = deskmateAction(rule)
    if (action) {
      return {
        webhookSecret: action.secret,
        parts: [{ kind: 'automation_rule', id: String(rule.id), isCreated: false }],
        adminSteps: [],
      }
    }
  }
  if (!webhookUrl?.endsWith(WEBHOOK_PATH)) {
    throw new AppError(
      'not_found',
      `Create the automation rule "${RULE_NAME}" (Ticket creation → Trigger webhook, POST ${WEBHOOK_PATH}, header ${SECRET_HEADER} set to a long random value) and connect again`,
    )
  }
  const secret = randomToken(32)
  const created = await api.post<FreshdeskRule>(RULES_PATH, deskmateRule(webhookUrl, secret))
  return {
    webhookSecret: secret,
    parts: [{ kind: 'automation_rule', id: String(created.id), isCreated: true }],
    adminSteps: [],
  }
}
