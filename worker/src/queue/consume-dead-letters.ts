import { logEvent } from '../http/log.ts'
import { escalateFailedEvent } from '../services/automation/escalate-failed-event.ts'
import type { HelpdeskTransport } from '../services/automation/open-helpdesk.ts'
import { ZJob } from './jobs.ts'
import { retryDelaySec } from './retry-delay.ts'

/** Attempts at escalating a dead job before only the audit records it. */
export const DEAD_LETTER_ATTEMPTS = 3

const handleDeadLetter = async (
  message: Message<unknown>,
  env: Env,
  transport: HelpdeskTransport,
): Promise<void> => {
  const parsed = ZJob.safeParse(message.body)
  if (!parsed.success || parsed.data.kind !== 'ticket_event') {
    logEvent('error', 'dead_letter_dropped', {
      messageId: message.id,
      kind: parsed.success ? parsed.data.kind : 'malformed',
    })
    return message.ack()
  }
  const job = parsed.data
  try {
    await escalateFailedEvent(env, job, transport, { canAct: message.attempts < DEAD_LETTER_ATTEMPTS })
    message.ack()
  } catch (err) {
    logEvent('error', 'dead_letter_failed', {
      messageId: message.id,
      tenant: job.tenantId,
      attempts: message.attempts,
    })
    message.retry({ delaySeconds: retryDelaySec(err, message.attempts) })
  }
}

/**
 * The dead-letter consumer: a ticket event the automation gave up on is escalated to a human and audited as
 * failed; when even that cannot reach the helpdesk, the last attempt records the failure in the audit.
 */
export const consumeDeadLetters = async (
  batch: MessageBatch<unknown>,
  env: Env,
  transport: HelpdeskTransport = {},
): Promise<void> => {
  await Promise.all(batch.messages.map((message) => handleDeadLetter(message, env, transport)))
}
