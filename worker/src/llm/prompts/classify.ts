import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages'
import { categoryLabel, PRIORITIES, type Ticket } from '@deskmate/shared'
import { TICKET_LABELS_TOOL_NAME, ticketLabelsTool } from '../ticket-labels-tool.ts'
import { formatCustomerMessage, UNTRUSTED_TEXT_RULE } from './customer-message.ts'

const MAX_TOKENS = 400

const INSTRUCTIONS = [
  'You label customer-support tickets for a helpdesk team.',
  `Read the ticket and call the ${TICKET_LABELS_TOOL_NAME} tool exactly once. Use only the values its schema allows.`,
  UNTRUSTED_TEXT_RULE,
].join('\n')

const POLICY = [
  'Labelling policy:',
  `- priority (${PRIORITIES.join(', ')}): urgent only when a business is down, money is lost right now, or`,
  '  there is a security incident; high when the customer is blocked; low for feedback and ideas.',
  '- type: question (how do I…), incident (something broke for this customer), problem (a cause shared by',
  '  many incidents), task (the customer asks us to do something).',
  '- sentiment: score from -1 (very negative) to 1 (very positive); frustrated when annoyed or fed up;',
  '  urgent when they need it solved right away.',
  '- confidence: below 0.5 when the ticket is ambiguous or too short to tell.',
].join('\n')

const taxonomy = (categories: readonly string[]): string =>
  ['Categories of this helpdesk:', ...categories.map((id) => `- ${id}: ${categoryLabel(id)}`)].join('\n')

export type ClassifyPromptInput = { model: string; categories: readonly string[]; ticket: Ticket }

/**
 * The labelling request: tool and system prefix are stable per tenant and cached (`cache_control` on the
 * last system block covers tools + system); the redacted ticket follows in the user turn.
 */
export const buildClassifyRequest = ({
  model,
  categories,
  ticket,
}: ClassifyPromptInput): MessageCreateParamsNonStreaming => ({
  model,
  max_tokens: MAX_TOKENS,
  tools: [ticketLabelsTool(categories)],
  tool_choice: { type: 'tool', name: TICKET_LABELS_TOOL_NAME, disable_parallel_tool_use: true },
  system: [
    { type: 'text', text: INSTRUCTIONS },
    { type: 'text', text: `${POLICY}\n\n${taxonomy(categories)}`, cache_control: { type: 'ephemeral' } },
  ],
  messages: [{ role: 'user', content: `Label this ticket.\n\n${formatCustomerMessage(ticket)}` }],
})
