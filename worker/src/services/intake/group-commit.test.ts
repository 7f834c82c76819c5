import { describe, expect, it } from 'vitest'
import { createGroupCommit } from './group-commit.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

/** A flush that records its batches and finishes only when told to (failing the batch when given an error). */
const controlledFlush = () => {
  const batches: number[][] = []
  const endings: Array<(error?: Error) => void> = []
  const flush = async (items: number[]): Promise<string[]> => {
    batches.push(items)
    const error = await new Promise<Error | undefined>((resolve) => endings.push(resolve))
    if (error) throw error
    return items.map((n) => `done ${n}`)
  }
  /** Waits until `count` flushes have started. */
  const started = async (count: number): Promise<void> => {
    while (batches.length < count) await tick()
  }
  /** Ends the oldest unfinished flush, with `error` if given. */
  const end = async (error?: Error): Promise<void> => {
    while (endings.length === 0) await tick()
    endings.shift()?.(error)
  }
  return { flush, batches, started, end }
}

describe('createGroupCommit', () => {
  it('writes the items that arrive during a flush together in the next one', async () => {
    const { flush, batches, started, end } = controlledFlush()
    const commit = createGroupCommit(flush, { maxItems: 100, maxInFlight: 1 })
    const first = commit.submit(1)
    await started(1)
    const waiting = [2, 3, 4, 5].map((n) => commit.submit(n))
    await end()
    expect(await first).toBe('done 1')
    await started(2)
    await end()
    expect(await Promise.all(waiting)).toEqual(['done 2', 'done 3', 'done 4', 'done 5'])
    // Whichever waiting request flushes puts its own item first.
    expect(batches.map((batch) => [...batch].sort())).toEqual([[1], [2, 3, 4, 5]])
  })

  it('splits a queue longer than the batch limit', async () => {
    const { flush, batches, started, end } = controlledFlush()
    const commit = createGroupCommit(flush, { maxItems: 2, maxInFlight: 1 })
    const all = [commit.submit(1)]
    await started(1)
    all.push(...[2, 3, 4, 5].map((n) => commit.submit(n)))
    for (let i = 1; i <= 3; i++) {
      await started(i)
      await end()
    }
    expect(await Promise.all(all)).toEqual(['done 1', 'done 2', 'done 3', 'done 4', 'done 5'])
    expect(batches).toHaveLength(3)
    expect(batches.every((batch) => batch.length <= 2)).toBe(true)
    expect(batches.flat().sort()).toEqual([1, 2, 3, 4, 5])
  })

  it('fails every item of a failed flush, and only those', async () => {
    const { flush, started, end } = controlledFlush()
    const commit = createGroupCommit(flush, { maxItems: 100, maxInFlight: 1 })
    const first = commit.submit(1)
    await started(1)
    const failing = [commit.submit(2), commit.submit(3)]
    await end()
    await started(2)
    await end(new Error('database down'))
    expect(await first).toBe('done 1')
    for (const result of failing) await expect(result).rejects.toThrow('database down')
    const later = commit.submit(4)
    await started(3)
    await end()
    expect(await later).toBe('done 4')
  })

  it('starts a second flush while the first runs, and groups what arrives while both run', async () => {
    const { flush, batches, started, end } = controlledFlush()
    const commit = createGroupCommit(flush, { maxItems: 100, maxInFlight: 2 })
    const first = commit.submit(1)
    await started(1)
    const second = commit.submit(2)
    await started(2)
    const rest = [3, 4, 5].map((n) => commit.submit(n))
    await end()
    await started(3)
    await end()
    await end()
    expect(await Promise.all([first, second, ...rest])).toEqual([
      'done 1',
      'done 2',
      'done 3',
      'done 4',
      'done 5',
    ])
    expect(batches.map((batch) => [...batch].sort())).toEqual([[1], [2], [3, 4, 5]])
  })

  it('writes each item once however many requests wait', async () => {
    const written: number[] = []
    const commit = createGroupCommit(
      async (items: number[]) => {
        written.push(...items)
        await tick()
        return items
      },
      { maxItems: 7, maxInFlight: 2 },
    )
    const items = Array.from({ length: 50 }, (_, i) => i)
    expect(await Promise.all(items.map((n) => commit.submit(n)))).toEqual(items)
    expect(written.sort((a, b) => a - b)).toEqual(items)
  })

  it('under load, holds an item briefly so the items arriving with it share its flush', async () => {
    const { flush, batches, started, end } = controlledFlush()
    const commit = createGroupCommit(flush, { maxItems: 100, maxInFlight: 1, lingerMs: 20 })
    // A quiet isolate: the first item is flushed at once.
    const first = commit.submit(1)
    await started(1)
    await end()
    expect(await first).toBe('done 1')
    // Right after a flush: 2 waits, and 3 and 4 arriving meanwhile go out with it.
    const next = [2, 3, 4].map((n) => commit.submit(n))
    await started(2)
    await end()
    expect(await Promise.all(next)).toEqual(['done 2', 'done 3', 'done 4'])
    expect(batches.map((batch) => [...batch].sort())).toEqual([[1], [2, 3, 4]])
  })

  it("under load, flushes at once when the item completing the last round's group arrives", async () => {
    const { flush, batches, started, end } = controlledFlush()
    const commit = createGroupCommit(flush, { maxItems: 100, maxInFlight: 1, lingerMs: 1_000 })
    const first = commit.submit(1)
    await started(1)
    // A round of three: 1 flushed, 2 and 3 waiting for it; they go out together next.
    const waiting = [2, 3].map((n) => commit.submit(n))
    await end()
    await started(2)
    await end()
    expect(await Promise.all([first, ...waiting])).toEqual(['done 1', 'done 2', 'done 3'])
    // Right after a flush: 4 lingers, and 5, completing a group of the last round's size, flushes both at once.
    const fourth = commit.submit(4)
    expect(batches).toHaveLength(2)
    const fifth = commit.submit(5)
    expect(batches.map((batch) => [...batch].sort())).toEqual([[1], [2, 3], [4, 5]])
    await end()
    expect(await Promise.all([fourth, fifth])).toEqual(['done 4', 'done 5'])
  })
})
