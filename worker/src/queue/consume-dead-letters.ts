import { AppError } from '@deskmate/shared'
import { createKbSyncRepo } from '../db/kb-sync-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { describeError } from '../http/describe-error.ts'
import { logEvent } from '../http/log.ts'
import { escalateFailedEvent } from '../services/automation/escalate-failed-event.ts'
import type { HelpdeskTransport } from '../services/automation/open-helpdesk.ts'
import { recordSyncFailure } from '../services/automation/sync-help-center.ts'
import { ZJob } from './jobs.ts'
import { retryDelaySec } from './retry-delay.ts'

/** Attempts at escalating a dead job before only the audit records it. */
export const DEAD_LETTER_ATTEMPTS = 3

const GAVE_UP = 'The Help Center sync was retried and given up'

const handleDeadLetter = async (
  message: Message<unknown>,
  env: Env,
  transport: HelpdeskTransport,
): Promise<void> => {
  const parsed = ZJob.safeParse(message.body)
  if (!parsed.success) {
    logEvent('error', 'dead_letter_dropped', { messageId: message.id, kind: 'malformed' })
    return message.ack()
  }
  const job = parsed.data
  try {
    if (job.kind === 'kb_sync') {
      // Each failed attempt is already in the sync state; this says the retries are over, keeping the cause.
      const { lastError } = await createKbSyncRepo(
        tenantDatabase(env, job.tenantId),
        job.tenantId,
      ).readState()
      const text = lastError ? `${GAVE_UP} (last error: ${lastError})` : GAVE_UP
      await recordSyncFailure(env, job.tenantId, new AppError('helpdesk_upstream', text))
    } else if (job.kind === 'csat_sync') {
      // The failure is in the pull state already; the next read of the analytics asks for a new pull.
      logEvent('warn', 'csat_sync_gave_up', { tenant: job.tenantId })
    } else {
      await escalateFailedEvent(env, job, transport, { canAct: message.attempts < DEAD_LETTER_ATTEMPTS })
    }
    message.ack()
  } catch (err) {
    logEvent('error', 'dead_letter_failed', {
      messageId: message.id,
      kind: job.kind,
      tenant: job.tenantId,
      attempts: message.attempts,
      ...describeError(err),
    })
    message.retry({ delaySeconds: retryDelaySec(err, message.attempts) })
  }
}

/**
 * The dead-letter consumer: a ticket event the automation gave up on is escalated to a human and audited as
 * failed; when even that cannot reach the helpdesk, the last attempt records the failure in the audit. A
 * Help Center sync that gave up is recorded as failed in the tenant's sync state.
 */
export const consumeDeadLetters = async (
  batch: MessageBatch<unknown>,
  env: Env,
  transport: HelpdeskTransport = {},
): Promise<void> => {
  await Promise.all(batch.messages.map((message) => handleDeadLetter(message, env, transport)))
}
