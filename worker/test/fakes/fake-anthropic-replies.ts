import { createHash, randomBytes } from 'node:crypto'

/** The parts of a Messages API request body the fake reads (validated before use). */
export type MessagesBody = {
  model: string
  max_tokens: number
  messages: Array<{ role: string; content: string | Array<Record<string, unknown>> }>
  system?: string | Array<{ type: string; text: string; cache_control?: unknown }>
  tools?: Array<{ name: string; input_schema: JsonSchema; cache_control?: unknown }>
  tool_choice?: { type: string; name?: string }
  stream?: boolean
}

export type JsonSchema = {
  type?: string
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  minimum?: number
  maximum?: number
}

/** A content block of an answer: text, or a tool call with its input. */
export type AnswerBlock = { type: 'text'; text: string } | { type: 'tool_use'; name: string; input: unknown }

/** The Messages API `usage` object, cache fields included. */
export type Usage = {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number }
  server_tool_use: null
  service_tier: 'standard'
  inference_geo: null
  output_tokens_details: null
  speed: null
}

const countTokens = (text: string): number => Math.ceil(text.length / 4)

/** Text a user turn carries (what the "model" reads to choose its answer). */
export const userText = (body: MessagesBody): string =>
  body.messages
    .filter((m) => m.role === 'user')
    .flatMap((m) =>
      typeof m.content === 'string' ? [m.content] : m.content.map((b) => String(b.text ?? '')),
    )
    .join('\n')

const systemText = (body: MessagesBody): string =>
  typeof body.system === 'string' ? body.system : (body.system ?? []).map((b) => b.text).join('\n')

const mentions = (text: string, word: string): number => {
  const pattern = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '[_ ]')
  const match = new RegExp(`(?<![\\p{L}\\p{N}_])${pattern}(?![\\p{L}\\p{N}_])`, 'iu').exec(text)
  return match ? match.index : -1
}

/** An input that satisfies `schema`, steered by the words of the request (earliest enum value mentioned). */
export const fillSchema = (schema: JsonSchema, text: string, name = ''): unknown => {
  if (schema.enum && schema.enum.length > 0) {
    const hits = schema.enum
      .map((value) => ({ value, at: mentions(text, String(value)) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at)
    return hits[0]?.value ?? schema.enum[0]
  }
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, sub]) => [key, fillSchema(sub, text, key)]),
      )
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 0
      const max = schema.maximum ?? 1
      const value = 0.9 * max + 0.1 * min
      return schema.type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100
    }
    case 'boolean':
      return mentions(text, name) >= 0
    case 'array':
      return []
    default:
      return 'n/a'
  }
}

/** Breaks every constraint of a valid input: labels outside their enum, numbers out of range, wrong types. */
export const corruptInput = (input: unknown): unknown => {
  if (typeof input === 'string') return `${input}_not_in_enum`
  if (typeof input === 'number') return input + 1000
  if (typeof input === 'boolean') return 'yes'
  if (input && typeof input === 'object')
    return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, corruptInput(v)]))
  return input
}

/** A short support reply citing up to two `<article id="...">` ids found in the request (plus an invented one). */
export const composeReply = (body: MessagesBody, isCitingUnknown: boolean): string => {
  const ids = [...`${systemText(body)}\n${userText(body)}`.matchAll(/<article id="([^"]+)"/g)].map(
    (m) => m[1],
  )
  const cited = ids.slice(0, 2).map((id) => ` [#${id}]`)
  const invented = isCitingUnknown ? ' See also [#kb-invented-404].' : ''
  return [
    'Hello,',
    '',
    `Thanks for reaching out. Please follow the steps in our guide${cited.join(' and')}.${invented}`,
    '',
    'Best regards',
  ].join('\n')
}

/** The blocks the fake model answers with: a forced tool call, or text. */
export const answerBlocks = (
  body: MessagesBody,
  opts: { isBadTool: boolean; isCitingUnknown: boolean; scriptedText?: string | undefined },
): AnswerBlock[] => {
  const forced = body.tool_choice?.type === 'tool' ? body.tool_choice.name : undefined
  const tool = forced === undefined ? undefined : body.tools?.find((t) => t.name === forced)
  if (tool) {
    const input = fillSchema(tool.input_schema, userText(body))
    return [{ type: 'tool_use', name: tool.name, input: opts.isBadTool ? corruptInput(input) : input }]
  }
  return [{ type: 'text', text: opts.scriptedText ?? composeReply(body, opts.isCitingUnknown) }]
}

type CacheSegment = { text: string; isBreakpoint: boolean }

const cacheSegments = (body: MessagesBody): CacheSegment[] => {
  const tools = (body.tools ?? []).map((t) => ({ text: JSON.stringify(t), isBreakpoint: !!t.cache_control }))
  const system =
    typeof body.system === 'string'
      ? [{ text: body.system, isBreakpoint: false }]
      : (body.system ?? []).map((b) => ({ text: b.text, isBreakpoint: !!b.cache_control }))
  const messages = body.messages.map((m) => ({ text: JSON.stringify(m.content), isBreakpoint: false }))
  return [...tools, ...system, ...messages]
}

/**
 * Usage as the API reports it: the prefix up to the last `cache_control` breakpoint is written to the
 * cache on first sight (per API key and model) and read from it afterwards; the rest is plain input.
 */
export const computeUsage = (
  body: MessagesBody,
  apiKey: string,
  cache: Set<string>,
  outputText: string,
): Usage => {
  const segments = cacheSegments(body)
  const lastBreakpoint = segments.findLastIndex((s) => s.isBreakpoint)
  const prefix = segments.slice(0, lastBreakpoint + 1).map((s) => s.text)
  const rest = segments.slice(lastBreakpoint + 1).map((s) => s.text)
  const prefixTokens = countTokens(prefix.join(''))
  const key = createHash('sha256')
    .update(`${apiKey}\n${body.model}\n${prefix.join('\u0000')}`)
    .digest('hex')
  const isHit = prefixTokens > 0 && cache.has(key)
  if (prefixTokens > 0) cache.add(key)
  const created = prefixTokens > 0 && !isHit ? prefixTokens : 0
  return {
    input_tokens: countTokens(rest.join('')) + 3,
    output_tokens: countTokens(outputText) + 1,
    cache_creation_input_tokens: created,
    cache_read_input_tokens: isHit ? prefixTokens : 0,
    cache_creation: { ephemeral_5m_input_tokens: created, ephemeral_1h_input_tokens: 0 },
    server_tool_use: null,
    service_tier: 'standard',
    inference_geo: null,
    output_tokens_details: null,
    speed: null,
  }
}

/** An id in the API's style (`msg_…`, `toolu_…`, `req_…`). */
export const newId = (prefix: string): string => `${prefix}_01${randomBytes(12).toString('hex')}`

/** Splits text into small deltas so markers and words straddle event boundaries. */
export const chunkText = (text: string, size = 7): string[] => {
  const chunks: string[] = []
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size))
  return chunks
}
