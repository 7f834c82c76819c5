/** Writes a batch of items in as few round trips as possible; one outcome per item, in order. */
export type FlushBatch<In, Out> = (items: In[]) => Promise<Out[]>

/** Hands one item to the current or next batch and waits for its outcome. */
export type GroupCommit<In, Out> = { submit(item: In): Promise<Out> }

type Slot<In, Out> = { item: In; isTaken: boolean; outcome?: { value: Out } | { error: unknown } }

/** Bounds of one wait between looks at the shared state, ms. */
const MIN_WAIT_MS = 1
const MAX_WAIT_MS = 50
/** Longest pause of a flush to gather the requests arriving with it, ms. */
const MAX_GATHER_MS = 2
/** How long a flush may run before a waiting request takes over (its request was cancelled mid-flush). */
const STALL_MS = 10_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Group commit for an isolate: while one batch is being written, the items that arrive wait and the next flush
 * writes them together, so N concurrent requests cost about one round trip instead of N.
 *
 * Workers tie I/O and promises to the request that made them, so requests share only plain data here: each
 * waiting request looks at its own slot on its own timer, and when no flush is running, the next one to look
 * flushes the waiting batch (its own item included) in its own context.
 * @example const deliveries = createGroupCommit(flushDeliveries, 100); await deliveries.submit(item)
 */
export const createGroupCommit = <In, Out>(
  flush: FlushBatch<In, Out>,
  maxItems: number,
): GroupCommit<In, Out> => {
  let waiting: Array<Slot<In, Out>> = []
  let flushStartedAt: number | null = null
  // How long flushes take (moving average): a waiting request sleeps until the running one should be done, so it
  // looks about twice per request instead of polling (every wake-up costs CPU).
  let flushMs = 2
  // Size of the last batch: above one, requests are arriving together, and a flush waits a moment to take more.
  let lastBatchSize = 0

  const flushWaiting = async (): Promise<void> => {
    const batch = waiting.slice(0, maxItems)
    waiting = waiting.slice(batch.length)
    for (const slot of batch) slot.isTaken = true
    lastBatchSize = batch.length
    const startedAt = Date.now()
    flushStartedAt = startedAt
    try {
      const outcomes = await flush(batch.map((slot) => slot.item))
      flushMs = 0.8 * flushMs + 0.2 * (Date.now() - startedAt)
      batch.forEach((slot, i) => (slot.outcome = { value: outcomes[i] as Out }))
    } catch (error) {
      for (const slot of batch) slot.outcome = { error }
    } finally {
      // A flush taken over after a stall must not clear its successor's mark.
      if (flushStartedAt === startedAt) flushStartedAt = null
    }
  }

  const isStalled = (): boolean => flushStartedAt !== null && Date.now() - flushStartedAt > STALL_MS

  /** Until the running flush should be done; a little while when it is late. */
  const waitMs = (): number => {
    const remaining = flushStartedAt === null ? 0 : flushStartedAt + flushMs - Date.now()
    const wait = remaining > 0 ? remaining : flushMs / 4
    return Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, wait))
  }

  return {
    async submit(item) {
      const slot: Slot<In, Out> = { item, isTaken: false }
      waiting.push(slot)
      for (;;) {
        if (!slot.outcome && waiting.length > 0 && (flushStartedAt === null || isStalled())) {
          // No flush is running (or it stalled): this request flushes, its own item first unless a flush has it
          // already (every item is written by one flush only).
          if (!slot.isTaken) {
            waiting.splice(waiting.indexOf(slot), 1)
            waiting.unshift(slot)
          }
          if (lastBatchSize > 1 && waiting.length < maxItems) {
            // Busy while it gathers: the others wait for this flush instead of starting their own.
            flushStartedAt = Date.now()
            await sleep(Math.min(MAX_GATHER_MS, flushMs / 2))
          }
          await flushWaiting()
        }
        const { outcome } = slot
        if (outcome) {
          if ('error' in outcome) throw outcome.error
          return outcome.value
        }
        await sleep(waitMs())
      }
    },
  }
}
