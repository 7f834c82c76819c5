const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/** Compiles `https://*.zendesk.com`-style patterns; `*` matches one DNS label or a port number. */
export const compileOriginPatterns = (list: string): RegExp[] =>
  list
    .split(',')
    .map((pattern) => pattern.trim())
    .filter(Boolean)
    .map((pattern) => new RegExp(`^${escapeRegExp(pattern).replace(/\*/g, '[a-z0-9-]+')}$`, 'i'))

/** True when `origin` matches one of the compiled patterns. */
export const isOriginAllowed = (origin: string, patterns: readonly RegExp[]): boolean =>
  patterns.some((re) => re.test(origin))
