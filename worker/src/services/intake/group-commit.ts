/** Writes a batch of items in as few round trips as possible; one outcome per item, in order. */
export type FlushBatch<In, Out> = (items: In[]) => Promise<Out[]>

/** Hands one item to the current or next batch and waits for its outcome. */
export type GroupCommit<In, Out> = {
  /** `keepAlive` receives the work this request may do for its batch (e.g. ctx.waitUntil). */
  submit(item: In, keepAlive?: (work: Promise<unknown>) => void): Promise<Out>
}

type Waiter<In, Out> = {
  item: In
  settle: (outcome: { value: Out } | { error: unknown }) => void
  /** Resolves the waiter's own turn promise: true = flush now, false = your item is done. */
  giveTurn: (isFlushing: boolean) => void
}

const deferred = <T>() => {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** How long a waiter trusts the flush in progress before taking over (a flusher whose request was cancelled). */
const STALL_MS = 10_000

/**
 * Group commit for an isolate: while one batch is being written, the items that arrive wait and are written
 * together by the next flush, so N concurrent requests cost about one round trip instead of N. Each flush runs in
 * the request context of a waiter whose item it contains (Workers tie I/O to the request that started it), and
 * each waiter holds a timer, so the runtime never sees an idle request (it would cancel it as hung) and a flush
 * that never finishes is taken over.
 * @example const deliveries = createGroupCommit(flushDeliveries, 100); await deliveries.submit(item, ctx.waitUntil)
 */
export const createGroupCommit = <In, Out>(
  flush: FlushBatch<In, Out>,
  maxItems: number,
): GroupCommit<In, Out> => {
  const pending: Array<Waiter<In, Out>> = []
  let isBusy = false
  let busySince = 0

  const flushNext = async (): Promise<void> => {
    busySince = Date.now()
    const batch = pending.splice(0, maxItems)
    try {
      const outcomes = await flush(batch.map((waiter) => waiter.item))
      batch.forEach((waiter, i) => waiter.settle({ value: outcomes[i] as Out }))
    } catch (error) {
      for (const waiter of batch) waiter.settle({ error })
    } finally {
      const next = pending[0]
      if (next) {
        busySince = Date.now()
        next.giveTurn(true)
      } else {
        isBusy = false
      }
    }
  }

  const takeTurn = (waiter: Waiter<In, Out>): void => {
    isBusy = true
    busySince = Date.now()
    waiter.giveTurn(true)
  }

  return {
    submit(item, keepAlive) {
      const turn = deferred<boolean>()
      const result = deferred<Out>()
      let timer: ReturnType<typeof setTimeout> | undefined
      const waiter: Waiter<In, Out> = {
        item,
        giveTurn: turn.resolve,
        settle(outcome) {
          clearTimeout(timer)
          turn.resolve(false)
          if ('value' in outcome) result.resolve(outcome.value)
          else result.reject(outcome.error)
        },
      }
      // The continuation runs in this request's context, which is where its flush's I/O must start.
      const work = turn.promise.then((isMyTurn) => (isMyTurn ? flushNext() : undefined))
      keepAlive?.(work)
      const watch = (): void => {
        if (!pending.includes(waiter)) return
        if (isBusy && Date.now() - busySince < STALL_MS) {
          timer = setTimeout(watch, STALL_MS)
          return
        }
        // The flusher vanished: take over from the head of the queue (this waiter is in it).
        pending.splice(pending.indexOf(waiter), 1)
        pending.unshift(waiter)
        takeTurn(waiter)
      }
      timer = setTimeout(watch, STALL_MS)
      pending.push(waiter)
      if (!isBusy) takeTurn(waiter)
      return result.promise
    },
  }
}
