import { z } from 'zod'

/** One of the helpdesk's custom ticket fields (where agents may file a ticket's category). */
export const ZHelpdeskTicketField = z.object({ id: z.string(), name: z.string() })
export type HelpdeskTicketField = z.infer<typeof ZHelpdeskTicketField>

/** GET /v1/admin/ticket-fields answer, by name: the training section's field picker. */
export const ZTicketFieldsResponse = z.object({ fields: z.array(ZHelpdeskTicketField) })
export type TicketFieldsResponse = z.infer<typeof ZTicketFieldsResponse>
