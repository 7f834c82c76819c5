import type { Message } from '@anthropic-ai/sdk/resources/messages'
import { describe, expect, it } from 'vitest'
import { parseTicketLabels } from './parse-tool-output.ts'
import { TICKET_LABELS_TOOL_NAME } from './ticket-labels-tool.ts'

const CATEGORIES = ['billing', 'how_to', 'other']
const SENTIMENT = { label: 'negative', score: -0.4, frustrated: true, urgent: false }

const messageWith = (input: unknown, name = TICKET_LABELS_TOOL_NAME): Message =>
  ({
    content: [{ type: 'tool_use', id: 'toolu_1', name, input, caller: { type: 'direct' } }],
  }) as unknown as Message

describe('parseTicketLabels', () => {
  it('returns every valid label with the stated confidence', () => {
    const labels = parseTicketLabels(
      messageWith({
        category: 'billing',
        priority: 'high',
        type: 'incident',
        confidence: 0.8,
        sentiment: SENTIMENT,
      }),
      CATEGORIES,
    )
    expect(labels).toEqual({
      category: { label: 'billing', confidence: 0.8 },
      priority: { label: 'high', confidence: 0.8 },
      type: { label: 'incident', confidence: 0.8 },
      sentiment: SENTIMENT,
    })
  })

  it('drops each label outside its enum and keeps the valid ones', () => {
    const labels = parseTicketLabels(
      messageWith({
        category: 'refunds',
        priority: 'sky_high',
        type: 'task',
        confidence: 0.7,
        sentiment: SENTIMENT,
      }),
      CATEGORIES,
    )
    expect(labels).toEqual({ type: { label: 'task', confidence: 0.7 }, sentiment: SENTIMENT })
  })

  it('drops a sentiment with an unknown label or a score outside [-1, 1]', () => {
    for (const sentiment of [{ ...SENTIMENT, label: 'furious' }, { ...SENTIMENT, score: 4 }, 'bad']) {
      const labels = parseTicketLabels(
        messageWith({ category: 'other', confidence: 0.6, sentiment }),
        CATEGORIES,
      )
      expect(labels).toEqual({ category: { label: 'other', confidence: 0.6 } })
    }
  })

  it('uses a default confidence when the stated one is not in [0, 1]', () => {
    const labels = parseTicketLabels(messageWith({ category: 'how_to', confidence: 12 }), CATEGORIES)
    expect(labels?.category).toEqual({ label: 'how_to', confidence: 0.7 })
  })

  it('returns null without a usable call of the labelling tool', () => {
    expect(parseTicketLabels(messageWith({ category: 'billing' }, 'other_tool'), CATEGORIES)).toBeNull()
    expect(parseTicketLabels(messageWith('not an object'), CATEGORIES)).toBeNull()
    expect(parseTicketLabels(messageWith({ category: 'nope', priority: 1 }), CATEGORIES)).toBeNull()
    const text = { content: [{ type: 'text', text: 'billing' }] } as unknown as Message
    expect(parseTicketLabels(text, CATEGORIES)).toBeNull()
  })
})
