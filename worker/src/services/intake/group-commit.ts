/** Writes a batch of items in as few round trips as possible; one outcome per item, in order. */
export type FlushBatch<In, Out> = (items: In[]) => Promise<Out[]>

/** Hands one item to a batch and waits for its outcome. */
export type GroupCommit<In, Out> = { submit(item: In): Promise<Out> }

/**
 * How items are grouped: at most `maxItems` per flush, at most `maxInFlight` flushes running at once. Under load
 * (the last flush ended less than `lingerMs` ago) an item that could be flushed at once first waits about as long
 * as a flush takes, so the items arriving meanwhile share its flush, and once more if the expected group is still
 * filling (never past `lingerMs` after the last flush ended); an item on a quiet isolate is flushed at once.
 */
export type GroupCommitOptions = { maxItems: number; maxInFlight: number; lingerMs?: number }

type Slot<In, Out> = {
  item: In
  /** When the flush that holds this item started; null while it waits for one. */
  takenAt: number | null
  outcome?: { value: Out } | { error: unknown }
}

/** Bounds of one wait between looks at the shared state, ms. */
const MIN_WAIT_MS = 1
const MAX_WAIT_MS = 50
/** How many times an item may wait for company before it is flushed. */
const MAX_LINGERS = 2
/** A flush running longer than this no longer counts (its request was cancelled mid-flush), ms. */
const STALL_MS = 10_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const clampWait = (ms: number): number => Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, ms))

/**
 * Group commit for an isolate: items that arrive while flushes are running wait and go out together in the next
 * one, so N concurrent requests cost a few round trips instead of N. A few flushes may overlap, so a request
 * waits for about one round trip, not for a queue of them.
 *
 * Workers tie I/O and promises to the request that made them, so requests share only plain data here: each
 * waiting request looks at its own slot on its own timer, and when a flush may start, the next one to look
 * flushes what is waiting (its own item first) in its own context. Under load, the request whose item completes
 * the expected group (as many items as took part in the last round: the last flush and those that waited for it)
 * flushes at once instead of waiting out the linger.
 * @example const deliveries = createGroupCommit(flushDeliveries, { maxItems: 100, maxInFlight: 2 })
 */
export const createGroupCommit = <In, Out>(
  flush: FlushBatch<In, Out>,
  { maxItems, maxInFlight, lingerMs = 0 }: GroupCommitOptions,
): GroupCommit<In, Out> => {
  let waiting: Array<Slot<In, Out>> = []
  // Start times of the running flushes, by flush (Date.now() does not move while a Worker computes).
  const running = new Map<number, number>()
  let flushes = 0
  // How long flushes take (moving average): a waiting request sleeps about that long between looks, so it looks
  // a few times per request instead of polling (every wake-up costs CPU).
  let flushMs = 2
  let lastEndedAt = Number.NEGATIVE_INFINITY
  // Items in the last round: a flush and those waiting when it ended (the flushed ones' senders come back).
  let expected = 1

  const activeFlushes = (now: number): number =>
    [...running.values()].filter((at) => now - at < STALL_MS).length

  const flushWaiting = async (): Promise<void> => {
    const startedAt = Date.now()
    const id = ++flushes
    const batch = waiting.slice(0, maxItems)
    waiting = waiting.slice(batch.length)
    for (const slot of batch) slot.takenAt = startedAt
    running.set(id, startedAt)
    try {
      const outcomes = await flush(batch.map((slot) => slot.item))
      flushMs = 0.8 * flushMs + 0.2 * (Date.now() - startedAt)
      batch.forEach((slot, i) => (slot.outcome = { value: outcomes[i] as Out }))
    } catch (error) {
      for (const slot of batch) slot.outcome = { error }
    } finally {
      running.delete(id)
      lastEndedAt = Date.now()
      expected = Math.max(batch.length + waiting.length, expected - 1)
    }
  }

  return {
    async submit(item) {
      const slot: Slot<In, Out> = { item, takenAt: null }
      waiting.push(slot)
      let lingers = lingerMs > 0 ? 0 : MAX_LINGERS
      let seen = 0
      for (;;) {
        const now = Date.now()
        if (slot.takenAt === null && activeFlushes(now) < maxInFlight) {
          const isGroupDue = expected > 1 && waiting.length >= Math.min(maxItems, expected)
          const isGrowing = lingers === 0 || (expected > 1 && waiting.length > seen)
          if (lingers < MAX_LINGERS && isGrowing && now - lastEndedAt < lingerMs && !isGroupDue) {
            lingers++
            seen = waiting.length
            await sleep(Math.min(lingerMs, clampWait(flushMs)))
            continue
          }
          waiting.splice(waiting.indexOf(slot), 1)
          waiting.unshift(slot)
          await flushWaiting()
        }
        const { outcome } = slot
        if (outcome) {
          if ('error' in outcome) throw outcome.error
          return outcome.value
        }
        // Held by a flush: until it should be done. Waiting: until one of the running flushes should end.
        await sleep(
          clampWait(slot.takenAt === null ? flushMs / maxInFlight : slot.takenAt + flushMs - Date.now()),
        )
      }
    },
  }
}
