/** Where a placeholder sits in a request; matches the manifest's secure-parameter `scopes`. */
export type PlaceholderScope = 'url' | 'header' | 'body' | 'jwt_secret_key' | 'jwt_claim'

/** A manifest parameter, as far as the request proxy cares. */
export type ManifestParameter = { name: string; type?: string; secure?: boolean; scopes?: string[] }

/** One app installation: its parameter definitions and the values an admin entered. */
export type Installation = {
  parameters: ManifestParameter[]
  settings: Record<string, string>
  domainWhitelist: string[]
}

/** Thrown when a request may not be proxied; carries the HTTP status the proxy answers with. */
export class ProxyRefusal extends Error {
  override name = 'ProxyRefusal'
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const SETTING_PLACEHOLDER = /\{\{\s*setting\.([\w-]+)\s*\}\}/g

/**
 * Replaces `{{setting.x}}` in one request part, as Zendesk's proxy does server-side.
 * Secure settings need `secure: true` on the request and, when the parameter declares scopes, a matching scope.
 */
export const resolveSettings = (
  text: string,
  scope: PlaceholderScope,
  installation: Installation,
  isSecureRequest: boolean,
): string =>
  text.replace(SETTING_PLACEHOLDER, (_, name: string) => {
    const parameter = installation.parameters.find((candidate) => candidate.name === name)
    const value = installation.settings[name]
    if (!parameter || value === undefined) throw new ProxyRefusal(400, `Unknown setting "${name}"`)
    if (parameter.secure) {
      if (!isSecureRequest)
        throw new ProxyRefusal(400, `Secure setting "${name}" requires a request with secure: true`)
      if (parameter.scopes && !parameter.scopes.includes(scope))
        throw new ProxyRefusal(403, `Secure setting "${name}" may not be used in scope "${scope}"`)
    }
    return value
  })

/** Replaces `{{jwt.token}}` once the proxy has signed the token. */
export const resolveJwtToken = (text: string, token: string | undefined): string =>
  text.replace(/\{\{\s*jwt\.token\s*\}\}/g, () => {
    if (token === undefined) throw new ProxyRefusal(400, '{{jwt.token}} used without a jwt option')
    return token
  })
