import type { Job } from './jobs.ts'

/** What serialises two jobs: the same ticket of the same tenant, or the same tenant's sync of one kind. */
const ticketKey = (job: Job): string =>
  job.kind === 'ticket_event' ? `ticket:${job.tenantId}:${job.ticketId}` : `${job.kind}:${job.tenantId}`

/**
 * The items of a batch grouped by the ticket they touch, in the batch's order within each group and by each
 * group's first item.
 * @example groupByTicket([{ job: a1 }, { job: b }, { job: a2 }]) // [[a1, a2], [b]]
 */
export const groupByTicket = <Item extends { job: Job }>(items: readonly Item[]): Item[][] => {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const key = ticketKey(item.job)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return [...groups.values()]
}

/** Runs `work` on every item, at most `limit` at a time, in order of the list; resolves when all are done. */
export const runBounded = async <Item>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<void>,
): Promise<void> => {
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as Item)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
}
