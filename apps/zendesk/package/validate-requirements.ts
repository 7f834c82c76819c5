import { parseStrictJson } from './strict-json.ts'
import { issue, isRecord, show, type ValidationIssue } from './validation-issue.ts'

/** Requirement types the gem accepts (`app_requirement.rb`). */
export const REQUIREMENT_TYPES = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
] as const

const MAX_REQUIREMENTS = 5000
const MAX_CUSTOM_OBJECTS = 50
const UNTITLED_TYPES = ['webhooks', 'channel_integrations', 'custom_objects', 'custom_objects_v2']
const WEBHOOK_KEYS = ['name', 'status', 'endpoint', 'http_method', 'request_format'] as const
const WEBHOOK_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const WEBHOOK_FORMATS = ['json', 'xml', 'form_encoded']
const FORBIDDEN_TARGET_TYPES = ['http_target', 'url_target_v2']

const required = (field: string, identifier: string): ValidationIssue =>
  issue(
    'missing_required_fields',
    `Missing required fields in requirements.json: "${field}" is required in "${identifier}"`,
  )

const checkWebhook = (identifier: string, webhook: Record<string, unknown>): ValidationIssue[] => {
  const issues = WEBHOOK_KEYS.filter((key) => webhook[key] === undefined || webhook[key] === '').map((key) =>
    required(key, identifier),
  )
  // The Webhooks API's own constraints: the install fails on them even though the gem lets them through.
  if (webhook.http_method !== undefined && !WEBHOOK_METHODS.includes(String(webhook.http_method)))
    issues.push(
      issue('invalid_webhook', `${show(webhook.http_method)} is not a valid http_method in "${identifier}"`),
    )
  if (webhook.request_format !== undefined && !WEBHOOK_FORMATS.includes(String(webhook.request_format)))
    issues.push(
      issue(
        'invalid_webhook',
        `${show(webhook.request_format)} is not a valid request_format in "${identifier}"`,
      ),
    )
  if (webhook.subscriptions !== undefined && !Array.isArray(webhook.subscriptions))
    issues.push(issue('invalid_webhook', `subscriptions must be an array in "${identifier}"`))
  return issues
}

const checkEntries = (type: string, entries: Record<string, unknown>): ValidationIssue[] =>
  Object.entries(entries).flatMap(([identifier, entry]) => {
    const body = isRecord(entry) ? entry : {}
    const issues: ValidationIssue[] = []
    if (!UNTITLED_TYPES.includes(type) && (typeof body.title !== 'string' || body.title === ''))
      issues.push(required('title', identifier))
    if (type === 'webhooks') issues.push(...checkWebhook(identifier, body))
    if ((type === 'user_fields' || type === 'organization_fields') && body.key === undefined)
      issues.push(required('key', identifier))
    if (type === 'channel_integrations' && body.manifest_url === undefined)
      issues.push(required('manifest_url', identifier))
    if (type === 'targets' && FORBIDDEN_TARGET_TYPES.includes(String(body.type)))
      issues.push(
        issue('invalid_requirements_types', `requirements.json contains an invalid type: ${show(body.type)}`),
      )
    return issues
  })

/** Checks requirements.json: JSON without duplicate keys, known types, limits and each type's required keys. */
export const validateRequirements = (text: string, manifest: Record<string, unknown>): ValidationIssue[] => {
  if (manifest.marketingOnly === true)
    return [
      issue(
        'requirements_not_supported',
        'App requirements are not supported for marketing-only or Chat-only apps',
      ),
    ]
  const parsed = parseStrictJson(text)
  if (!parsed.ok)
    return [issue('requirements_not_json', `requirements.json is not proper JSON. ${parsed.error}`)]
  if (parsed.duplicateKeys.length > 0)
    return [
      issue(
        'duplicate_requirements',
        `requirements.json contains ${parsed.duplicateKeys.length === 1 ? 'a duplicate key' : 'duplicate keys'}: ${parsed.duplicateKeys.join(', ')}`,
      ),
    ]
  if (!isRecord(parsed.value))
    return [issue('requirements_not_json', 'requirements.json is not proper JSON.')]
  const requirements = parsed.value
  const invalidTypes = Object.keys(requirements).filter(
    (type) => !(REQUIREMENT_TYPES as readonly string[]).includes(type),
  )
  if (invalidTypes.length > 0)
    return [
      issue(
        'invalid_requirements_types',
        `requirements.json contains ${invalidTypes.length === 1 ? 'an invalid type' : 'invalid types'}: ${invalidTypes.join(', ')}`,
      ),
    ]
  const issues: ValidationIssue[] = []
  const countOf = (type: string) => Object.keys(isRecord(requirements[type]) ? requirements[type] : {}).length
  const total = REQUIREMENT_TYPES.reduce((sum, type) => sum + countOf(type), 0)
  if (total > MAX_REQUIREMENTS)
    issues.push(
      issue(
        'excessive_requirements',
        `The requirements.json file contains too many requirements. The current limit is ${MAX_REQUIREMENTS} requirements. This app has ${total} requirements.`,
      ),
    )
  if (countOf('custom_objects') > MAX_CUSTOM_OBJECTS)
    issues.push(issue('excessive_custom_objects_requirements', 'Too many custom objects requirements.'))
  if (countOf('channel_integrations') > 1)
    issues.push(
      issue(
        'multiple_channel_integrations',
        'Specifying multiple channel integrations in requirements.json is not supported.',
      ),
    )
  for (const [type, entries] of Object.entries(requirements)) {
    if (isRecord(entries)) issues.push(...checkEntries(type, entries))
  }
  return issues
}
