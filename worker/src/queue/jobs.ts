import { HELPDESKS, TICKET_EVENT_NAMES } from '@deskmate/shared'
import { z } from 'zod'

/** A verified ticket event waiting for the automation. */
export const ZTicketEventJob = z.object({
  kind: z.literal('ticket_event'),
  tenantId: z.string().min(1).max(200),
  helpdesk: z.enum(HELPDESKS),
  ticketId: z.string().regex(/^\d{1,20}$/),
  event: z.enum(TICKET_EVENT_NAMES),
  eventKey: z.string().min(1).max(200),
  receivedAt: z.iso.datetime(),
})
export type TicketEventJob = z.infer<typeof ZTicketEventJob>

/** A Help Center pull for one tenant. */
export const ZKbSyncJob = z.object({
  kind: z.literal('kb_sync'),
  tenantId: z.string().min(1).max(200),
  requestedAt: z.iso.datetime(),
})
export type KbSyncJob = z.infer<typeof ZKbSyncJob>

/** A pull of one tenant's satisfaction ratings from its helpdesk. */
export const ZCsatSyncJob = z.object({
  kind: z.literal('csat_sync'),
  tenantId: z.string().min(1).max(200),
  requestedAt: z.iso.datetime(),
})
export type CsatSyncJob = z.infer<typeof ZCsatSyncJob>

/** Every message on the jobs queue. */
export const ZJob = z.discriminatedUnion('kind', [ZTicketEventJob, ZKbSyncJob, ZCsatSyncJob])
export type Job = z.infer<typeof ZJob>

/** The dead-letter queue of the jobs queue (wrangler.jsonc). */
export const DEAD_LETTER_QUEUE = 'deskmate-jobs-dlq'
