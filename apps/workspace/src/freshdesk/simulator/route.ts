import type { ServerResponse } from 'node:http'
import { dispatchRoute, type Route } from '../../sim-http/dispatch.ts'
import type { SimAccount } from './model.ts'
import { sendJson } from './responses.ts'

/** One API request, after authentication. */
export type SimRequest = {
  account: SimAccount
  method: string
  path: string
  params: string[]
  query: URLSearchParams
  body: unknown
  /** The agent whose API key made the request. */
  agentId: number
  /** The account's API origin (for Link headers). */
  origin: string
  res: ServerResponse
  now: Date
  /** Rate-limit headers every answer carries. */
  headers: Record<string, string>
}

/** A route: method, path pattern (captures become params), handler. */
export type SimRoute = Route<SimRequest>

/** Runs the first matching route; false when none matches. */
export const dispatch = (routes: SimRoute[], req: Omit<SimRequest, 'params'>): Promise<boolean> =>
  dispatchRoute(routes, req)

/** Answers one page of a list (`page`, `per_page` up to 100) with a Link header when a next page exists. */
export const sendPage = <T>(req: SimRequest, items: T[]): void => {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page')) || 30))
  const page = Math.max(1, Number(req.query.get('page')) || 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const hasNext = items.length > page * perPage
  const link = `<${req.origin}${req.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`
  sendJson(req.res, 200, slice, { ...req.headers, ...(hasNext ? { link } : {}) })
}
