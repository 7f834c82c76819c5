import { issue, isRecord, show, type ValidationIssue } from './validation-issue.ts'

/** Parameter types the framework accepts (`manifest/parameter.rb`). */
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const

/** Where a secure setting may be substituted (`manifest.rb` SECURE_PARAM_SCOPES). */
export const SECURE_PARAM_SCOPES = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
] as const

const OAUTH_REQUIRED_FIELDS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'] as const

const checkScopes = (parameter: Record<string, unknown>, name: string): ValidationIssue[] => {
  if (!('scopes' in parameter)) return []
  const scopes = parameter.scopes
  if (parameter.secure !== true)
    return [issue('scopes_require_secure', `Parameter ${name} defines scopes but is not secure.`)]
  if (!Array.isArray(scopes) || scopes.length === 0)
    return [issue('empty_scopes', `Parameter ${name} must define at least one scope.`)]
  const invalid = scopes.filter((scope) => !(SECURE_PARAM_SCOPES as readonly unknown[]).includes(scope))
  return invalid.length === 0
    ? []
    : [issue('invalid_scopes', `${invalid.map(show).join(', ')} is not a valid scope for parameter ${name}.`)]
}

/** Checks `parameters` and `oauth` the way the gem does (names, booleans, types, hidden, oauth, scopes). */
export const validateParameters = (manifest: Record<string, unknown>): ValidationIssue[] => {
  const issues: ValidationIssue[] = []
  const original = manifest.parameters
  if (original !== undefined && !Array.isArray(original))
    return [issue('parameters_not_an_array', 'App parameters must be an array.')]
  const parameters = (original ?? []).filter(isRecord)
  const names = parameters.map((parameter) => parameter.name)
  const duplicates = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))]
  if (duplicates.length > 0)
    issues.push(
      issue('duplicate_parameters', `Duplicate app parameters defined: ${duplicates.map(show).join(', ')}`),
    )
  if (names.includes('name')) issues.push(issue('name_as_parameter_name', "Can't call a parameter 'name'"))

  const invalidTypes: string[] = []
  const hiddenRequired: string[] = []
  for (const parameter of parameters) {
    const name = show(parameter.name)
    if (typeof parameter.name !== 'string' || parameter.name === '')
      issues.push(issue('manifest_keys.missing', 'Missing required field in manifest: parameters.name'))
    for (const flag of ['required', 'secure'] as const) {
      if (flag in parameter && typeof parameter[flag] !== 'boolean')
        issues.push(
          issue(
            'unacceptable_boolean',
            `parameters.${name}.${flag} must be a boolean value, got "${show(parameter[flag])}".`,
          ),
        )
    }
    const type = parameter.type ?? 'text'
    if (!(PARAMETER_TYPES as readonly unknown[]).includes(type)) invalidTypes.push(show(type))
    if (type === 'hidden' && parameter.required === true) hiddenRequired.push(name)
    issues.push(...checkScopes(parameter, name))
  }
  if (invalidTypes.length > 0)
    issues.push(
      issue(
        'invalid_type_parameter',
        `${invalidTypes.join(', ')} ${invalidTypes.length === 1 ? 'is an invalid parameter type' : 'are invalid parameter types'}.`,
      ),
    )
  if (hiddenRequired.length > 0)
    issues.push(
      issue(
        'invalid_hidden_parameter',
        `${hiddenRequired.join(', ')} ${hiddenRequired.length === 1 ? 'is' : 'are'} set to hidden and cannot be required.`,
      ),
    )
  const oauthParameters = parameters.filter((parameter) => parameter.type === 'oauth')
  if (oauthParameters.length > 1)
    issues.push(issue('too_many_oauth_parameters', "Too many parameters with type 'oauth': one permitted"))
  if (oauthParameters.some((parameter) => parameter.secure === true))
    issues.push(issue('oauth_parameter_cannot_be_secure', 'oauth parameter cannot be set to be secure.'))

  if (manifest.oauth !== undefined) {
    const oauth = isRecord(manifest.oauth) ? manifest.oauth : {}
    const missing = OAUTH_REQUIRED_FIELDS.filter((key) => typeof oauth[key] !== 'string' || oauth[key] === '')
    if (missing.length > 0)
      issues.push(
        issue(
          'oauth_keys.missing',
          `Missing required oauth field${missing.length === 1 ? '' : 's'} in manifest: ${missing.join(', ')}`,
        ),
      )
    if (oauthParameters.length === 0)
      issues.push(issue('oauth_parameter_required', 'Please upgrade to our new oauth format.'))
  }
  return issues
}
