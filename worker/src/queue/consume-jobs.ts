import { groupCommitD1 } from '../db/d1-group-commit.ts'
import { wrapTenantDatabases } from '../db/tenant-database.ts'
import { describeError } from '../http/describe-error.ts'
import { logEvent } from '../http/log.ts'
import { escalateFailedEvent } from '../services/automation/escalate-failed-event.ts'
import type { HelpdeskTransport } from '../services/automation/open-helpdesk.ts'
import { processTicketEvent } from '../services/automation/process-ticket-event.ts'
import { syncHelpCenter } from '../services/automation/sync-help-center.ts'
import { pullSatisfactionRatings } from '../services/analytics/pull-satisfaction.ts'
import { groupByTicket, runBounded } from './group-messages.ts'
import { ZJob, type Job } from './jobs.ts'
import { isPermanentFailure, retryDelaySec } from './retry-delay.ts'

// Longer than a typical pipeline run: a duplicate waits for the first consumer, then finds the event done.
const BUSY_DELAY_SEC = 90

/**
 * Tickets of one batch worked on at once. A job waits mostly on the helpdesk and D1; a Worker invocation keeps at
 * most six outgoing connections open (the others queue), and each job holds one at a time.
 */
export const CONSUMER_CONCURRENCY = 16

const runJob = async (job: Job, env: Env, transport: HelpdeskTransport): Promise<'ack' | 'busy'> => {
  if (job.kind === 'kb_sync') {
    await syncHelpCenter(env, job.tenantId, transport)
    return 'ack'
  }
  if (job.kind === 'csat_sync') {
    await pullSatisfactionRatings(env, job.tenantId, transport)
    return 'ack'
  }
  return (await processTicketEvent(env, job, transport)) === 'busy' ? 'busy' : 'ack'
}

const handleMessage = async (
  message: Message<unknown>,
  job: Job,
  env: Env,
  transport: HelpdeskTransport,
): Promise<void> => {
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
 * The jobs queue consumer: runs the automation and KB syncs, several tickets at once (`CONSUMER_CONCURRENCY`)
 * and the messages of one ticket one after another, so a second delivery of an event finds it finished rather
 * than held. The jobs share one group-committed D1 binding per database (wrapTenantDatabases): the D1
 * batches they ask for at the same time go as one round trip. Each message is acked or retried on its own;
 * failures retry with backoff and, after the last attempt, move to the dead-letter queue.
 */
export const consumeJobs = async (
  batch: MessageBatch<unknown>,
  env: Env,
  transport: HelpdeskTransport = {},
): Promise<void> => {
  const jobs: { message: Message<unknown>; job: Job }[] = []
  for (const message of batch.messages) {
    const parsed = ZJob.safeParse(message.body)
    if (parsed.success) jobs.push({ message, job: parsed.data })
    else {
      logEvent('error', 'job_malformed', { messageId: message.id })
      message.ack()
    }
  }
  // Jobs reach the group through tenantDatabase(); with shards there is one group per database.
  const shared = wrapTenantDatabases(env, (db) => groupCommitD1(db))
  await runBounded(groupByTicket(jobs), CONSUMER_CONCURRENCY, async (group) => {
    // Syncs write large batches of their own: they go to D1 alone.
    for (const { message, job } of group)
      await handleMessage(message, job, job.kind === 'ticket_event' ? shared : env, transport)
  })
}
