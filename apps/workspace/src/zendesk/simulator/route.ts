import type { ServerResponse } from 'node:http'
import { dispatchRoute, type Route } from '../../sim-http/dispatch.ts'
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
export type SimRoute = Route<SimRequest>

/** Runs the first matching route; false when none matches. */
export const dispatch = (routes: SimRoute[], req: Omit<SimRequest, 'params'>): Promise<boolean> =>
  dispatchRoute(routes, req)
