import {
  parseProblem,
  type DryRunResponse,
  type Settings,
  type SettingsHistoryResponse,
  type SettingsPatch,
} from '@deskmate/shared'

/** The admin console's calls to the Worker; every method rejects with an AppError. */
export type ConsoleClient = {
  getSettings(): Promise<Settings>
  updateSettings(patch: SettingsPatch): Promise<Settings>
  getHistory(limit?: number): Promise<SettingsHistoryResponse>
  /** Replays the policy over the account's latest tickets (nothing is posted). */
  dryRun(limit: number): Promise<DryRunResponse>
}

/** The admin session the Worker's admin page carries (issued once the helpdesk vouched for an admin). */
export type AdminSessionInfo = { token: string; expiresAt: string }

const readJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Calls the Worker that served the console (same origin) with the admin session as a bearer token.
 * @example createConsoleClient({ baseUrl: location.origin, session }).getSettings()
 */
export const createConsoleClient = (options: {
  baseUrl: string
  session: AdminSessionInfo
  fetch?: typeof fetch
}): ConsoleClient => {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const call = async <T>(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetchFn(new URL(path, options.baseUrl).toString(), {
      method,
      credentials: 'omit',
      headers: {
        Authorization: `Bearer ${options.session.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const parsed = readJson(await response.text())
    if (!response.ok) throw parseProblem(parsed, response.status)
    return parsed as T
  }
  return {
    getSettings: () => call('GET', '/v1/settings'),
    updateSettings: (patch) => call('PUT', '/v1/settings', patch),
    getHistory: (limit = 20) => call('GET', `/v1/settings/history?limit=${limit}`),
    dryRun: (limit) => call('POST', '/v1/admin/dry-run', { limit }),
  }
}

/** Reads the admin session from the page's meta tags (null when the page carries none). */
export const readAdminSession = (doc: Document): AdminSessionInfo | null => {
  const read = (name: string) =>
    doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? ''
  const token = read('deskmate-admin-session')
  return token === '' ? null : { token, expiresAt: read('deskmate-admin-session-expires') }
}
