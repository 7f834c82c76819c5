import { API_TOKEN_HEADER, INSTALL_SECRET_HEADER } from '@deskmate/shared'
import type { RegistrationOutcome } from '@deskmate/app-core'

/** Sends one proxied Worker call with extra headers (the proxy fills their secure-setting placeholders). */
type SendToWorker = (path: string, body: unknown, headers: Record<string, string>) => Promise<unknown>

/** What registration needs to know about the agent and the installation. */
type RegistrationFacts = { role?: string; email?: string; subdomain: string; installationId?: number }

const storage = {
  has: (key: string): boolean => {
    try {
      return window.localStorage.getItem(key) === '1'
    } catch {
      return false
    }
  },
  set: (key: string, isSet: boolean): void => {
    try {
      if (isSet) window.localStorage.setItem(key, '1')
      else window.localStorage.removeItem(key)
    } catch {
      // Storage blocked (private mode, sandbox): registration then simply runs on every admin load.
    }
  },
}

/**
 * The installation's registration: on an admin's load, `POST /v1/tenants/register` with the shared secret and
 * the API token in headers the proxy fills from secure settings; success is remembered per installation.
 */
export const createZendeskRegistration = (
  readFacts: () => Promise<RegistrationFacts>,
  send: SendToWorker,
) => {
  let attempt: Promise<RegistrationOutcome> | undefined
  let rememberedKey: string | undefined

  const run = async (): Promise<RegistrationOutcome> => {
    const { role, email, subdomain, installationId } = await readFacts()
    if (role !== 'admin' || !email || !installationId) return 'skipped'
    const key = `deskmate.registered.${subdomain}.${installationId}`
    if (storage.has(key)) {
      rememberedKey = key
      return 'skipped'
    }
    await send(
      '/v1/tenants/register',
      { credentials: { helpdesk: 'zendesk', apiUser: email }, installationId },
      { [INSTALL_SECRET_HEADER]: '{{setting.shared_secret}}', [API_TOKEN_HEADER]: '{{setting.api_token}}' },
    )
    storage.set(key, true)
    return 'registered'
  }

  return {
    register: (): Promise<RegistrationOutcome> => (attempt ??= run()),
    /** The Worker refused a token although registration was remembered (e.g. the secret changed): redo it. */
    forgetIfStale: (): void => {
      if (!rememberedKey) return
      storage.set(rememberedKey, false)
      rememberedKey = undefined
      attempt = undefined
    },
  }
}
