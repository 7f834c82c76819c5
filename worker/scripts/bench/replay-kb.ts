import type { KbRepo } from '../../src/db/kb-repo.ts'

/** Answers of the KB repository, keyed by method and arguments. */
export type KbTape = Map<string, unknown>

const keyOf = (method: string, args: unknown[]): string => `${method} ${JSON.stringify(args)}`

/**
 * Wraps a KB repository so every answer is recorded on `tape` and the time spent waiting for it is added to
 * `waited.ms` (what the engine spends in D1, as opposed to its own code).
 */
export const recordKb = (live: KbRepo, tape: KbTape, waited: { ms: number }): KbRepo =>
  new Proxy(live, {
    get(target, method: string) {
      const original = target[method as keyof KbRepo] as (...args: unknown[]) => Promise<unknown>
      return async (...args: unknown[]) => {
        const started = performance.now()
        try {
          const answer = await original.apply(target, args)
          tape.set(keyOf(method, args), answer)
          return answer
        } finally {
          waited.ms += performance.now() - started
        }
      }
    },
  })

/** A KB repository that answers from `tape` at once, so timing the engine times its own code only. */
export const replayKb = (tape: KbTape): KbRepo =>
  new Proxy({} as KbRepo, {
    get(_target, method: string) {
      return (...args: unknown[]) => {
        const key = keyOf(method, args)
        if (!tape.has(key))
          return Promise.reject(new Error(`The engine asked the KB something not recorded: ${key}`))
        return Promise.resolve(tape.get(key))
      }
    },
  })
