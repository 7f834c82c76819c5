import Client from 'zendesk_app_framework_sdk/lib/client.js'
import type { ZafClient } from '../host/zaf-types.ts'

/** A message the app sent to the helpdesk frame, parsed. */
export type ZafMessage = {
  id?: number
  key?: string
  request?: string
  params?: unknown
  message?: Record<string, unknown>
}

/** Answers one app message; return the reply to send, or undefined for none. */
export type ZafResponder = (message: ZafMessage) => unknown

const ORIGIN = 'http://localhost:4567'

/**
 * A helpdesk frame speaking the ZAF wire protocol to the real SDK client: the client posts to a
 * jsdom window standing in for `window.parent`, and replies arrive as `message` events from it.
 */
export const createFakeZafParent = (respond: ZafResponder) => {
  const frame = document.createElement('iframe')
  document.body.append(frame)
  const parent = frame.contentWindow!
  const sent: ZafMessage[] = []
  const reply = (data: unknown) =>
    window.dispatchEvent(
      new MessageEvent('message', { data: JSON.stringify(data), origin: ORIGIN, source: parent }),
    )
  parent.postMessage = ((raw: unknown) => {
    const message = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ZafMessage
    sent.push(message)
    const answer = respond(message)
    if (answer !== undefined) setTimeout(() => reply(answer), 0)
  }) as typeof parent.postMessage
  const client = new Client({ origin: ORIGIN, appGuid: 'guid-1', source: parent }) as ZafClient
  return { client, sent, reply, remove: () => frame.remove() }
}
