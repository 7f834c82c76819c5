/** What every simulator's request carries that routing reads. */
export type RoutedRequest = { method: string; path: string; params: string[] }

/** A route: method, path pattern (captures become params), handler. */
export type Route<Req extends RoutedRequest> = [
  method: string,
  pattern: RegExp,
  handler: (req: Req) => void | Promise<void>,
]

/** Runs the first matching route of a simulator; false when none matches. */
export const dispatchRoute = async <Req extends RoutedRequest>(
  routes: Route<Req>[],
  req: Omit<Req, 'params'>,
): Promise<boolean> => {
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(req.path)
    if (method === req.method && match) {
      await handler({ ...req, params: match.slice(1) } as Req)
      return true
    }
  }
  return false
}
