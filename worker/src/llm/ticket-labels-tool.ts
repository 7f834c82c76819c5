import type { Tool } from '@anthropic-ai/sdk/resources/messages'
import { PRIORITIES, SENTIMENTS, TICKET_TYPES } from '@deskmate/shared'

/** The tool the classifier is forced to call. */
export const TICKET_LABELS_TOOL_NAME = 'record_ticket_labels'

/**
 * The tool definition; every label is an `enum`, categories are the tenant's own taxonomy. Strict tool use
 * does not take numeric bounds, so ranges are in the descriptions and enforced when the output is parsed.
 */
export const ticketLabelsTool = (categories: readonly string[]): Tool => ({
  name: TICKET_LABELS_TOOL_NAME,
  description: 'Records the labels of one support ticket. Call it exactly once.',
  strict: true,
  input_schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      category: { type: 'string', enum: [...categories], description: 'The topic of the ticket.' },
      priority: { type: 'string', enum: [...PRIORITIES], description: 'How soon it needs an answer.' },
      type: { type: 'string', enum: [...TICKET_TYPES], description: 'What kind of request it is.' },
      confidence: {
        type: 'number',
        description: 'How sure you are of category, priority and type together, from 0 to 1.',
      },
      sentiment: {
        type: 'object',
        additionalProperties: false,
        properties: {
          label: { type: 'string', enum: [...SENTIMENTS] },
          score: { type: 'number', description: 'From -1 (very negative) to 1 (very positive).' },
          frustrated: { type: 'boolean', description: 'The customer is annoyed or fed up.' },
          urgent: { type: 'boolean', description: 'The customer needs it solved right away.' },
        },
        required: ['label', 'score', 'frustrated', 'urgent'],
      },
    },
    required: ['category', 'priority', 'type', 'confidence', 'sentiment'],
  },
})
