/** Options of `client.request`, as the Zendesk request proxy reads them. */
export type ZafRequestOptions = {
  url: string
  type: string
  contentType?: string
  data?: string
  dataType?: 'json' | 'text'
  secure?: boolean
  cors?: boolean
  headers?: Record<string, string>
  jwt?: { algorithm: 'HS256'; secret_key: string; expiry: number; claims: Record<string, string> }
}

/** What the proxy rejects a failed request with (jQuery-style). */
export type ZafRequestFailure = {
  status?: number
  statusText?: string
  responseText?: string
  responseJSON?: unknown
}

/** The SDK client, as far as Deskmate uses it. */
export type ZafClient = {
  on(name: string, handler: (data: unknown) => void): void
  off(name: string, handler: (data: unknown) => void): unknown
  get(paths: string | string[]): Promise<Record<string, unknown>>
  set(path: string, value: unknown): Promise<Record<string, unknown>>
  invoke(name: string, ...args: unknown[]): Promise<Record<string, unknown>>
  request<T = unknown>(options: ZafRequestOptions): Promise<T>
}

/** The `app.registered` payload: installation metadata (with non-secure settings) and location context. */
export type ZafRegistration = {
  metadata?: { appId?: number; installationId?: number; settings?: Record<string, unknown> }
  context?: { product?: string; location?: string; account?: { subdomain?: string }; ticketId?: number }
}
