import { z } from 'zod'
import { CHANNELS, PRIORITIES } from '../taxonomy/taxonomy.ts'
import { TICKET_LIMITS } from './limits.ts'

export { TICKET_LIMITS } from './limits.ts'

const ZTag = z.string().max(TICKET_LIMITS.tag)

/** The requester as the helpdesk describes them. */
export const ZRequester = z.object({
  email: z.string().max(320).optional(),
  name: z.string().max(500).optional(),
  tags: z.array(ZTag).max(TICKET_LIMITS.tags).optional(),
  organizationTags: z.array(ZTag).max(TICKET_LIMITS.tags).optional(),
  isAgent: z.boolean().optional(),
})
export type Requester = z.infer<typeof ZRequester>

/** A helpdesk ticket in the shape every engine and policy reads. */
export const ZTicket = z
  .object({
    id: z.string().max(100).optional(),
    subject: z.string().max(TICKET_LIMITS.subject).default(''),
    body: z.string().max(TICKET_LIMITS.body).default(''),
    channel: z.enum(CHANNELS).optional(),
    priority: z.enum(PRIORITIES).optional(),
    tags: z.array(ZTag).max(TICKET_LIMITS.tags).optional(),
    requester: ZRequester.optional(),
    createdAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((t) => t.subject.trim().length > 0 || t.body.trim().length > 0, {
    message: 'A ticket needs a subject or a body',
    path: ['body'],
  })
export type Ticket = z.infer<typeof ZTicket>

/** The text the engines read: subject and body joined. */
export const ticketText = (ticket: Pick<Ticket, 'subject' | 'body'>): string =>
  [ticket.subject, ticket.body].filter((part) => part.trim().length > 0).join('\n')
