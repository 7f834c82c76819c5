import type { MessagesBody } from './fake-anthropic-replies.ts'

// Top-level fields of POST /v1/messages; the API answers 400 "Extra inputs are not permitted" for others.
const BODY_FIELDS = new Set([
  'model',
  'messages',
  'max_tokens',
  'system',
  'metadata',
  'stop_sequences',
  'stream',
  'temperature',
  'top_k',
  'top_p',
  'tools',
  'tool_choice',
  'thinking',
  'service_tier',
  'container',
  'output_config',
  'cache_control',
  'diagnostics',
  'inference_geo',
  'speed',
  'mcp_servers',
  'context_management',
])
const MAX_CACHE_BREAKPOINTS = 4
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,128}$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const checkCacheControl = (value: unknown, path: string): string | null => {
  if (value === undefined || value === null) return null
  if (!isObject(value) || value.type !== 'ephemeral') return `${path}.type: Input should be 'ephemeral'`
  if (value.ttl !== undefined && value.ttl !== '5m' && value.ttl !== '1h')
    return `${path}.ttl: Input should be '5m' or '1h'`
  return null
}

const checkContent = (content: unknown, path: string): string | null => {
  if (typeof content === 'string') return content.length > 0 ? null : `${path}: must be non-empty`
  if (!Array.isArray(content) || content.length === 0) return `${path}: Input should be a non-empty list`
  for (const [i, block] of content.entries()) {
    if (!isObject(block) || typeof block.type !== 'string') return `${path}.${i}.type: Field required`
    if (block.type === 'text' && (typeof block.text !== 'string' || block.text.length === 0))
      return `${path}.${i}: text content blocks must be non-empty`
    const cacheError = checkCacheControl(block.cache_control, `${path}.${i}.cache_control`)
    if (cacheError) return cacheError
  }
  return null
}

const countBreakpoints = (body: Record<string, unknown>): number => {
  const blocks = [
    ...(Array.isArray(body.tools) ? body.tools : []),
    ...(Array.isArray(body.system) ? body.system : []),
    ...(Array.isArray(body.messages)
      ? body.messages.flatMap((m) => (isObject(m) && Array.isArray(m.content) ? m.content : []))
      : []),
  ]
  return blocks.filter((b) => isObject(b) && b.cache_control).length
}

const checkTools = (body: Record<string, unknown>): string | null => {
  const tools = body.tools ?? []
  if (!Array.isArray(tools)) return 'tools: Input should be a valid list'
  for (const [i, tool] of tools.entries()) {
    if (!isObject(tool) || typeof tool.name !== 'string' || !TOOL_NAME.test(tool.name))
      return `tools.${i}.name: String should match pattern '${TOOL_NAME.source}'`
    if (!isObject(tool.input_schema) || tool.input_schema.type !== 'object')
      return `tools.${i}.input_schema.type: Input should be 'object'`
    const cacheError = checkCacheControl(tool.cache_control, `tools.${i}.cache_control`)
    if (cacheError) return cacheError
  }
  const choice = body.tool_choice
  if (choice === undefined) return null
  if (!isObject(choice) || !['auto', 'any', 'tool', 'none'].includes(String(choice.type)))
    return "tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'"
  if (choice.type === 'tool' && !tools.some((t) => isObject(t) && t.name === choice.name))
    return `tool_choice.name: Tool '${String(choice.name)}' not found in tools`
  return null
}

const checkSystem = (system: unknown): string | null => {
  if (system === undefined || typeof system === 'string') return null
  if (!Array.isArray(system)) return 'system: Input should be a valid string or list'
  for (const [i, block] of system.entries()) {
    if (!isObject(block) || block.type !== 'text') return `system.${i}.type: Input should be 'text'`
    if (typeof block.text !== 'string' || block.text.length === 0)
      return `system.${i}: text content blocks must be non-empty`
    const cacheError = checkCacheControl(block.cache_control, `system.${i}.cache_control`)
    if (cacheError) return cacheError
  }
  return null
}

/** Validates a Messages request the way the API does; returns the API's error message, or null when valid. */
export const validateMessagesBody = (body: unknown): string | null => {
  if (!isObject(body)) return 'Input should be a valid dictionary'
  const extra = Object.keys(body).find((key) => !BODY_FIELDS.has(key))
  if (extra) return `${extra}: Extra inputs are not permitted`
  if (typeof body.model !== 'string' || body.model.length === 0) return 'model: Field required'
  if (!Number.isInteger(body.max_tokens)) return 'max_tokens: Field required'
  if ((body.max_tokens as number) < 1) return 'max_tokens: Input should be greater than or equal to 1'
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    return 'messages: at least one message is required'
  for (const [i, message] of body.messages.entries()) {
    if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant'))
      return `messages.${i}.role: Input should be 'user' or 'assistant'`
    const contentError = checkContent(message.content, `messages.${i}.content`)
    if (contentError) return contentError
  }
  if (body.stream !== undefined && typeof body.stream !== 'boolean')
    return 'stream: Input should be a valid boolean'
  const problem = checkSystem(body.system) ?? checkTools(body)
  if (problem) return problem
  const breakpoints = countBreakpoints(body)
  if (breakpoints > MAX_CACHE_BREAKPOINTS)
    return `A maximum of ${MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. Found ${breakpoints}.`
  return null
}

/** Narrows a body that passed `validateMessagesBody`. */
export const isMessagesBody = (body: unknown): body is MessagesBody => validateMessagesBody(body) === null
