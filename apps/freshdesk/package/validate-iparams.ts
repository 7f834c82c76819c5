import { isRecord, issue, type ValidationIssue, type ValidationReport } from './validation-issue.ts'

const KEYS = [
  'display_name',
  'type',
  'description',
  'required',
  'visible',
  'default_value',
  'options',
  'regex',
  'secure',
  'data-bind',
  'type_attributes',
  'events',
]
const TYPES = [
  'text',
  'dropdown',
  'email',
  'phone_number',
  'paragraph',
  'number',
  'url',
  'radio',
  'checkbox',
  'multiselect',
  'date',
  'domain',
  'api_key',
]
const WITH_OPTIONS = ['dropdown', 'radio', 'multiselect']
const WITH_PRODUCT = ['domain', 'api_key']
const WITH_REGEX = ['text', 'email', 'phone_number', 'url']
const SECRET_LIKE = /auth|token|key|secret/i

const checkRegex = (where: string, regex: unknown): ValidationIssue[] => {
  if (!isRecord(regex))
    return [issue('invalid_regex', `${where}: regex must be an object of named patterns.`)]
  return Object.keys(regex)
    .filter((key) => !key.endsWith('-error') && typeof regex[`${key}-error`] !== 'string')
    .map((key) => issue('regex_without_error', `${where}: regex ${key} needs a "${key}-error" message.`))
}

const checkParameter = (name: string, spec: Record<string, unknown>, scripts: string): ValidationIssue[] => {
  const where = `config/iparams.json ${name}`
  const errors: ValidationIssue[] = []
  for (const key of Object.keys(spec).filter((key) => !KEYS.includes(key)))
    errors.push(issue('unknown_iparam_key', `${where}: ${key} is not an iparam property.`))
  if (typeof spec.display_name !== 'string' || spec.display_name === '')
    errors.push(issue('missing_display_name', `${where}: display_name is mandatory.`))
  const type = String(spec.type)
  if (!TYPES.includes(type))
    errors.push(issue('invalid_iparam_type', `${where}: type ${type} is not an iparam type.`))
  if (WITH_OPTIONS.includes(type) !== Array.isArray(spec.options))
    errors.push(
      issue(
        'options',
        `${where}: options ${WITH_OPTIONS.includes(type) ? 'are required' : 'are not allowed'} for type ${type}.`,
      ),
    )
  if (
    type === 'dropdown' &&
    'default_value' in spec &&
    !(spec.options as unknown[]).includes(spec.default_value)
  )
    errors.push(issue('default_not_in_options', `${where}: default_value must be one of the options.`))
  if (
    WITH_PRODUCT.includes(type) &&
    !(isRecord(spec.type_attributes) && typeof spec.type_attributes.product === 'string')
  )
    errors.push(issue('missing_product', `${where}: type ${type} needs type_attributes.product.`))
  for (const key of ['required', 'secure'].filter((key) => key in spec && typeof spec[key] !== 'boolean'))
    errors.push(issue('not_boolean', `${where}: ${key} must be true or false.`))
  if (type === 'checkbox' && 'default_value' in spec && typeof spec.default_value !== 'boolean')
    errors.push(issue('not_boolean', `${where}: a checkbox default_value must be true or false.`))
  if ('regex' in spec)
    errors.push(
      ...(WITH_REGEX.includes(type)
        ? checkRegex(where, spec.regex)
        : [issue('regex_not_allowed', `${where}: regex is only allowed on ${WITH_REGEX.join(', ')}.`)]),
    )
  const handlers = (Array.isArray(spec.events) ? spec.events : []).filter(isRecord).flatMap(Object.values)
  for (const handler of handlers.filter((handler) => !new RegExp(`\\b${String(handler)}\\b`).test(scripts)))
    errors.push(
      issue(
        'event_handler_missing',
        `${where}: event handler ${String(handler)} is not in config/assets/iparams.js.`,
      ),
    )
  return errors
}

/** config/iparams.json by FDK's iparam rules; `scripts` is config/assets/iparams.js (empty when absent). */
export const validateIparams = (iparams: unknown, scripts: string): ValidationReport => {
  if (!isRecord(iparams))
    return {
      errors: [issue('iparams_not_object', 'config/iparams.json must be an object of parameters.')],
      warnings: [],
    }
  const errors: ValidationIssue[] = []
  const warnings: ValidationIssue[] = []
  for (const [name, spec] of Object.entries(iparams)) {
    if (!isRecord(spec)) {
      errors.push(issue('iparam_not_object', `config/iparams.json ${name} must be an object.`))
      continue
    }
    errors.push(...checkParameter(name, spec, scripts))
    if (SECRET_LIKE.test(name) && spec.secure !== true)
      warnings.push(
        issue('insecure_secret_iparam', `config/iparams.json ${name} looks like a secret; mark it secure.`),
      )
  }
  return { errors, warnings }
}
