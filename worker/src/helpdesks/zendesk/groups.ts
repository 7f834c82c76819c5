import type { HelpdeskGroup } from '@deskmate/shared'
import type { ZendeskApi } from './api.ts'

type GroupsPage = {
  groups: Array<{ id: number; name: string; deleted?: boolean }>
  next_page?: string | null
}

/** Pages read at most (10,000 groups): an account has far fewer. */
const MAX_PAGES = 100

/** The account's groups that are not deleted, by name. */
export const listZendeskGroups = async (api: ZendeskApi): Promise<HelpdeskGroup[]> => {
  const groups: HelpdeskGroup[] = []
  let url: string | null = '/api/v2/groups.json?per_page=100'
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body: GroupsPage = await api.get<GroupsPage>(url)
    for (const group of body.groups)
      if (!group.deleted) groups.push({ id: String(group.id), name: group.name })
    url = body.groups.length > 0 ? (body.next_page ?? null) : null
  }
  return groups.sort((a, b) => a.name.localeCompare(b.name))
}
