/** What `client.request.invokeTemplate` resolves (and rejects) with: the body arrives as a string. */
export type TemplateResponse = { status: number; headers?: Record<string, string>; response: string }

/** Options of one template call: `context` fills `<%= context.x %>`, `body` is sent as-is. */
export type TemplateOptions = { context?: Record<string, string>; body?: string }

/** An event the Freshworks client delivers; `helper.getData()` reads its payload. */
export type FreshworksEvent = { type?: string; helper?: { getData?: () => unknown } }

/** The Freshworks client (`await app.initialized()`), as far as Deskmate uses it. */
export type FreshworksClient = {
  data: { get(name: string): Promise<Record<string, unknown>> }
  iparams: { get(name?: string): Promise<Record<string, unknown>> }
  request: { invokeTemplate(name: string, options: TemplateOptions): Promise<TemplateResponse> }
  interface: { trigger(method: string, options: Record<string, unknown>): Promise<unknown> }
  events: { on(name: string, callback: (event: FreshworksEvent) => void, options?: object): void }
  instance: { resize(options: { height: string }): unknown }
}

/** The global the platform's `{{{appclient}}}` script defines. */
export type FreshworksApp = { initialized(): Promise<FreshworksClient> }
