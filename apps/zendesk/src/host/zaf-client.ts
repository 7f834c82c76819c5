import ZAFClient from 'zendesk_app_framework_sdk'
import type { ZafClient, ZafRegistration } from './zaf-types.ts'

export type * from './zaf-types.ts'

/**
 * Starts the real ZAF SDK and resolves once the helpdesk registered the app; null when the page was
 * not opened by a helpdesk (no `origin` / `app_guid` in the URL).
 */
export const initZafClient = (): Promise<{ client: ZafClient; registration: ZafRegistration } | null> => {
  const client = ZAFClient.init() as ZafClient | false
  if (!client) return Promise.resolve(null)
  return new Promise((resolve) => {
    client.on('app.registered', (registration) =>
      resolve({ client, registration: (registration ?? {}) as ZafRegistration }),
    )
  })
}
