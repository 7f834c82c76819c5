import { AppError } from '@deskmate/shared'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'

/**
 * The header of a Freshdesk administrator's own API key (the `createAdminSession` request template fills it
 * from `context`, so it never travels in a URL). The Worker uses it once and never stores or logs it.
 */
export const ADMIN_KEY_HEADER = 'X-Deskmate-Admin-Key'

// Freshdesk's keys are short base62 strings; an unsubstituted template (`<%= context.x %>`) never matches.
const KEY_SHAPE = /^[A-Za-z0-9_-]{8,128}$/

/** The API key in ADMIN_KEY_HEADER; 401 `unauthorized` when it is missing or cannot be a key. */
export const readAdminKey = (c: Context<AppEnv>): string => {
  const key = c.req.header(ADMIN_KEY_HEADER)?.trim() ?? ''
  if (!KEY_SHAPE.test(key))
    throw new AppError('unauthorized', `Send your own Freshdesk API key in ${ADMIN_KEY_HEADER}`)
  return key
}
