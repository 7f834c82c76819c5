import { describeError } from '../http/describe-error.ts'
import { logEvent } from '../http/log.ts'
import { escalateFailedEvent } from '../services/automation/escalate-failed-event.ts'
import type { HelpdeskTransport } from '../services/automation/open-helpdesk.ts'
import { processTicketEvent } from '../services/automation/process-ticket-event.ts'
import { syncHelpCenter } from '../services/automation/sync-help-center.ts'
import { ZJob, type Job } from './jobs.ts'
import { isPermanentFailure, retryDelaySec } from './retry-delay.ts'

// Longer than a typical pipeline run: a duplicate waits for the first consumer, then finds the event done.
const BUSY_DELAY_SEC = 90

const runJob = async (job: Job, env: Env, transport: HelpdeskTransport): Promise<'ack' | 'busy'> => {
  if (job.kind === 'kb_sync') {
    await syncHelpCenter(env, job.tenantId, transport)
    return 'ack'
  }
  return (await processTicketEvent(env, job, transport)) === 'busy' ? 'busy' : 'ack'
}

const handleMessage = async (
  message: Message<unknown>,
  env: Env,
  transport: HelpdeskTransport,
): Promise<void> => {
  const parsed = ZJob.safeParse(message.body)
  if (!parsed.success) {
    logEvent('error', 'job_malformed', { messageId: message.id })
    return message.ack()
  }
  const job = parsed.data
  try {
    if ((await runJob(job, env, transport)) === 'busy') return message.retry({ delaySeconds: BUSY_DELAY_SEC })
    message.ack()
  } catch (err) {
    // The error's code, upstream status and cause: what an operator needs, never ticket text or secrets.
    logEvent('warn', 'job_failed', {
      messageId: message.id,
      kind: job.kind,
      tenant: job.tenantId,
      attempts: message.attempts,
      ...describeError(err),
    })
    // Retrying cannot fix a refused update or revoked credentials: hand the ticket to a human now.
    if (job.kind === 'ticket_event' && isPermanentFailure(err)) {
      try {
        await escalateFailedEvent(env, job, transport)
        return message.ack()
      } catch {
        // Falls through to the queue's retries, then the dead-letter queue.
      }
    }
    message.retry({ delaySeconds: retryDelaySec(err, message.attempts) })
  }
}

/**
 * The jobs queue consumer: runs the automation and KB syncs; failures retry with backoff and, after the last
 * attempt, move to the dead-letter queue.
 */
export const consumeJobs = async (
  batch: MessageBatch<unknown>,
  env: Env,
  transport: HelpdeskTransport = {},
): Promise<void> => {
  await Promise.all(batch.messages.map((message) => handleMessage(message, env, transport)))
}
