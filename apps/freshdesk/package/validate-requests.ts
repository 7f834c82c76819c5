import { isRecord, issue, type ValidationIssue } from './validation-issue.ts'

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']
const CONTENT_TYPES = [
  'application/json',
  'application/xml',
  'text/html',
  'text/xml',
  'text/plain',
  'text/javascript',
  'application/jsonp',
  'application/vnd.api+json',
]
const MAX_TEMPLATES = 100
const FQDN = /^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/
const ONLY_IPARAM = /^<%=\s*iparam\.([A-Za-z0-9_]+)\s*%>$/
const IPARAM_REFERENCE = /iparam\.([A-Za-z0-9_]+)/g

const references = (value: unknown): string[] =>
  [...JSON.stringify(value ?? '').matchAll(IPARAM_REFERENCE)].map((match) => match[1] ?? '')

const checkHost = (where: string, host: unknown): ValidationIssue[] => {
  const iparam = typeof host === 'string' ? ONLY_IPARAM.exec(host)?.[1] : undefined
  if (iparam) return []
  if (typeof host === 'string' && FQDN.test(host)) return []
  return [
    issue('host_not_fqdn', `${where}: schema/host must be FQDN (no protocol, path, IP or trailing slash).`),
  ]
}

const checkOptions = (where: string, options: unknown): ValidationIssue[] => {
  if (options === undefined) return []
  const { maxAttempts, retryDelay } = isRecord(options) ? options : {}
  const errors: ValidationIssue[] = []
  if (
    maxAttempts !== undefined &&
    !(Number.isInteger(maxAttempts) && Number(maxAttempts) >= 1 && Number(maxAttempts) <= 5)
  )
    errors.push(issue('max_attempts', `${where}: options.maxAttempts must be an integer from 1 to 5.`))
  if (
    retryDelay !== undefined &&
    !(Number.isInteger(retryDelay) && Number(retryDelay) % 100 === 0 && Number(retryDelay) <= 1500)
  )
    errors.push(
      issue('retry_delay', `${where}: options.retryDelay must be a multiple of 100 ms, at most 1500.`),
    )
  return errors
}

const checkSchema = (where: string, schema: Record<string, unknown>, iparams: Map<string, boolean>) => {
  const errors: ValidationIssue[] = []
  const secure = new Set([...iparams].filter(([, isSecure]) => isSecure).map(([name]) => name))
  if (!METHODS.includes(String(schema.method)))
    errors.push(issue('invalid_method', `${where}: schema.method must be one of ${METHODS.join(', ')}.`))
  errors.push(...checkHost(where, schema.host))
  if (typeof schema.path !== 'string' || !schema.path.startsWith('/'))
    errors.push(issue('invalid_path', `${where}: schema.path must start with /.`))
  if (schema.protocol !== undefined && schema.protocol !== 'https')
    errors.push(issue('invalid_protocol', `${where}: schema.protocol may only be https.`))
  if ('body' in schema)
    errors.push(issue('body_in_schema', `${where}: the body is sent at invocation, not in schema.`))
  const headers = isRecord(schema.headers) ? schema.headers : {}
  const type = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1]
  if (type !== undefined && !CONTENT_TYPES.includes(String(type).split(';')[0]!.trim()))
    errors.push(issue('invalid_content_type', `${where}: Content-Type ${String(type)} is not allowed.`))
  const { headers: _headers, ...outsideHeaders } = schema
  for (const name of references(outsideHeaders).filter((name) => secure.has(name)))
    errors.push(
      issue('secure_iparam_outside_headers', `${where}: secure iparam ${name} may only be used in headers.`),
    )
  for (const name of references(schema).filter((name) => !iparams.has(name)))
    errors.push(issue('unknown_iparam', `${where}: iparam ${name} is not defined in config/iparams.json.`))
  return errors
}

/**
 * config/requests.json against the manifest: every declared template defined and every defined one declared,
 * method, FQDN host, path, https only, no body, allowed Content-Type, retry options, iparams that exist, secure
 * iparams in headers only. `iparams` maps each installation parameter to whether it is secure.
 */
export const validateRequests = (
  requests: unknown,
  declared: string[],
  iparams: Map<string, boolean>,
): ValidationIssue[] => {
  if (!isRecord(requests))
    return [issue('requests_not_object', 'config/requests.json must be an object of templates.')]
  const errors: ValidationIssue[] = []
  const names = Object.keys(requests)
  if (names.length > MAX_TEMPLATES)
    errors.push(
      issue(
        'too_many_templates',
        `config/requests.json has ${names.length} templates; the limit is ${MAX_TEMPLATES}.`,
      ),
    )
  for (const name of declared.filter((name) => !names.includes(name)))
    errors.push(
      issue('template_not_defined', `Request template '${name}' is not defined in config/requests.json.`),
    )
  for (const name of names.filter((name) => !declared.includes(name)))
    errors.push(
      issue(
        'template_not_declared',
        `Request template '${name}' is not declared in modules.common.requests.`,
      ),
    )
  for (const [name, template] of Object.entries(requests)) {
    const where = `config/requests.json ${name}`
    const entry = isRecord(template) ? template : {}
    if (!isRecord(entry.schema))
      errors.push(issue('missing_schema', `${where}: the template needs a schema.`))
    else errors.push(...checkSchema(where, entry.schema, iparams))
    errors.push(...checkOptions(where, entry.options))
  }
  return errors
}
