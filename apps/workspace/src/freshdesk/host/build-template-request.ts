/** One entry of `config/requests.json`. */
export type RequestTemplate = {
  schema: {
    method: string
    host: string
    path: string
    protocol?: string
    headers?: Record<string, string>
    query?: Record<string, string>
  }
  options?: { maxAttempts?: number; retryDelay?: number }
}

/** One entry of `config/iparams.json`, as far as substitution cares. */
export type IparamDefinition = { type?: string; secure?: boolean; default_value?: unknown }

/** The workspace's Freshdesk installation: the app's templates, its iparam definitions and the admin's values. */
export type FreshdeskInstallation = {
  templates: Record<string, RequestTemplate>
  iparams: Record<string, IparamDefinition>
  values: Record<string, string>
}

/** What the app passes to `invokeTemplate(name, options)`. */
export type InvokeOptions = { context?: Record<string, unknown>; body?: unknown }

/** A request built from a template, ready to send. */
export type TemplateRequest = {
  method: string
  url: string
  headers: Record<string, string>
  body?: string
  maxAttempts: number
  retryDelay: number
}

/** A template that cannot be built; the platform rejects the call before any request leaves. */
export class TemplateRefusal extends Error {
  override name = 'TemplateRefusal'
}

type Part = 'host' | 'path' | 'header' | 'query'

const PLACEHOLDER = /<%=\s*(encode\()?\s*(iparam|context)\.([\w-]+)\s*\)?\s*%>/g
const LOOPBACK = /^(127\.0\.0\.1|localhost)(:\d+)?$/

const resolve = (text: string, part: Part, installation: FreshdeskInstallation, options: InvokeOptions) =>
  text.replace(PLACEHOLDER, (_, encode: string | undefined, kind: string, name: string) => {
    let value: string
    if (kind === 'iparam') {
      const definition = installation.iparams[name]
      const entered = installation.values[name]
      if (!definition || entered === undefined) throw new TemplateRefusal(`Unknown iparam "${name}"`)
      // Secure iparams may only travel in headers (fdk validate refuses the template otherwise).
      if (definition.secure && part !== 'header')
        throw new TemplateRefusal(`Secure iparam "${name}" may only be used in headers`)
      value = entered
    } else {
      // An absent context key renders empty, as an EJS-style `<%= %>` of undefined does.
      const given = options.context?.[name]
      value = given === undefined || given === null ? '' : String(given)
      if (part === 'path') value = encodeURIComponent(value)
    }
    return encode ? Buffer.from(value, 'utf8').toString('base64') : value
  })

/**
 * Builds the request Freshdesk's servers would send for `invokeTemplate(name, options)`: substitutes
 * `<%= iparam.x %>` (secure values only in headers), `<%= context.x %>` and `<%= encode(...) %>`. The
 * host is a bare FQDN in production; a loopback host (the local Worker) is called over http.
 */
export const buildTemplateRequest = (
  installation: FreshdeskInstallation,
  name: string,
  options: InvokeOptions = {},
): TemplateRequest => {
  const template = Object.hasOwn(installation.templates, name) ? installation.templates[name] : undefined
  if (!template) throw new TemplateRefusal(`Request template "${name}" is not defined`)
  if (options.body !== undefined && typeof options.body !== 'string')
    throw new TemplateRefusal('body must be a string (JSON.stringify it)')
  const { schema } = template
  const host = resolve(schema.host, 'host', installation, options)
  const protocol = LOOPBACK.test(host) ? 'http' : (schema.protocol ?? 'https')
  const url = new URL(`${protocol}://${host}${resolve(schema.path, 'path', installation, options)}`)
  for (const [key, value] of Object.entries(schema.query ?? {})) {
    const resolved = resolve(value, 'query', installation, options)
    // [unverified] how the platform sends a query value that rendered empty; here it is left out.
    if (resolved !== '') url.searchParams.set(key, resolved)
  }
  const headers = Object.fromEntries(
    Object.entries(schema.headers ?? {}).map(([key, value]) => [
      key,
      resolve(value, 'header', installation, options),
    ]),
  )
  return {
    method: schema.method.toUpperCase(),
    url: url.toString(),
    headers,
    ...(typeof options.body === 'string' ? { body: options.body } : {}),
    maxAttempts: Math.min(5, Math.max(1, template.options?.maxAttempts ?? 1)),
    retryDelay: template.options?.retryDelay ?? 0,
  }
}
