import type { HelpdeskGroup } from '@deskmate/shared'
import type { FreshdeskApi } from './api.ts'

const PER_PAGE = 100
/** Pages read at most (2,000 groups): an account has far fewer. */
const MAX_PAGES = 20

/** The account's groups, by name (`GET /api/v2/groups`, a page at a time until a short page). */
export const listFreshdeskGroups = async (api: FreshdeskApi): Promise<HelpdeskGroup[]> => {
  const groups: HelpdeskGroup[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await api.get<Array<{ id: number; name: string }>>(
      `/api/v2/groups?per_page=${PER_PAGE}&page=${page}`,
    )
    groups.push(...batch.map((group) => ({ id: String(group.id), name: group.name })))
    if (batch.length < PER_PAGE) break
  }
  return groups.sort((a, b) => a.name.localeCompare(b.name))
}
