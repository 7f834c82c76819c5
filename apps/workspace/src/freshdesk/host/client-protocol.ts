/**
 * The workspace's postMessage protocol between the Freshworks client stand-in (in the app frame) and the
 * ticket view. [unverified] Freshdesk's own wire format differs (a MessagePort handshake); apps only see the
 * documented client API, so only that must match.
 */
export type ClientRequest = { fdClient: 'request'; id: number; method: ClientMethod; params: unknown }
export type ClientResponse =
  { fdClient: 'response'; id: number; result: unknown } | { fdClient: 'response'; id: number; error: unknown }
export type ClientEvent = { fdClient: 'event'; event: string; data: unknown }

export const CLIENT_METHODS = [
  'data.get',
  'iparams.get',
  'request.invokeTemplate',
  'interface.trigger',
  'events.on',
  'instance.resize',
  'instance.context',
] as const
export type ClientMethod = (typeof CLIENT_METHODS)[number]

export const isClientRequest = (value: unknown): value is ClientRequest => {
  const message = value as Partial<ClientRequest> | null
  return (
    typeof message === 'object' &&
    message !== null &&
    message.fdClient === 'request' &&
    typeof message.id === 'number' &&
    CLIENT_METHODS.includes(message.method as ClientMethod)
  )
}
