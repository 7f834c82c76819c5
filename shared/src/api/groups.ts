import { z } from 'zod'

/** One of the helpdesk's agent groups (where an escalated ticket may be assigned). */
export const ZHelpdeskGroup = z.object({ id: z.string(), name: z.string() })
export type HelpdeskGroup = z.infer<typeof ZHelpdeskGroup>

/** GET /v1/admin/groups answer, by name. */
export const ZGroupsResponse = z.object({ groups: z.array(ZHelpdeskGroup) })
export type GroupsResponse = z.infer<typeof ZGroupsResponse>
