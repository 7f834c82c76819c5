import type { ServerResponse } from 'node:http'
import type { SimAccount, SimUser } from './model.ts'

/** One API request, after authentication. */
export type SimRequest = {
  account: SimAccount
  method: string
  path: string
  params: string[]
  query: URLSearchParams
  body: unknown
  user: SimUser
  /** The account's API origin (for pagination links). */
  origin: string
  res: ServerResponse
  now: Date
}

/** A route: method, path pattern (captures become params), handler. */
export type SimRoute = [method: string, pattern: RegExp, handler: (req: SimRequest) => void | Promise<void>]

/** Runs the first matching route; false when none matches. */
export const dispatch = async (routes: SimRoute[], req: Omit<SimRequest, 'params'>): Promise<boolean> => {
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(req.path)
    if (method === req.method && match) {
      await handler({ ...req, params: match.slice(1) })
      return true
    }
  }
  return false
}
