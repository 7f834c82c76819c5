import { describe, expect, it } from 'vitest'
import type { DecideOutcome } from './evaluate-decide.ts'
import { summarizeDecide } from './summarize-decide.ts'

const outcome = (
  fields: Partial<DecideOutcome> & Pick<DecideOutcome, 'expected' | 'action'>,
): DecideOutcome => ({
  id: 'x',
  lang: 'en',
  reasons: [],
  topics: [],
  articleId: null,
  confidence: null,
  ...fields,
})

const OUTCOMES: DecideOutcome[] = [
  // Escalated for its own topic.
  outcome({
    expected: { outcome: 'escalate', topic: 'self_harm' },
    action: 'escalate',
    topics: ['self_harm'],
    lang: 'de',
    reasons: ['sensitive_self_harm'],
  }),
  // Escalated, but only because no article answered it: recall yes, topic recall no.
  outcome({
    expected: { outcome: 'escalate', topic: 'data_loss' },
    action: 'escalate',
    reasons: ['low_retrieval_confidence'],
  }),
  // Answered: a miss.
  outcome({
    expected: { outcome: 'escalate', topic: 'data_loss' },
    action: 'public_reply',
    articleId: 'sync',
  }),
  // Answerable cases: one right, one wrong article, one escalated.
  outcome({
    expected: { outcome: 'answer', articleId: 'reset' },
    action: 'public_reply',
    articleId: 'reset',
  }),
  outcome({ expected: { outcome: 'answer', articleId: 'reset' }, action: 'public_reply', articleId: 'sync' }),
  outcome({
    expected: { outcome: 'answer', articleId: 'invoices' },
    action: 'escalate',
    topics: ['billing_dispute'],
    reasons: ['sensitive_billing_dispute'],
  }),
  // A human's call without a sensitive topic.
  outcome({
    expected: { outcome: 'escalate', topic: null },
    action: 'escalate',
    reasons: ['low_retrieval_confidence'],
  }),
]

describe('summarizeDecide', () => {
  const summary = summarizeDecide(OUTCOMES)

  it('counts a must-escalate case as recalled when it is escalated, and its topic only when named', () => {
    expect(summary.mustEscalate).toMatchObject({ n: 3, recall: 0.6667, topicRecall: 0.3333 })
    expect(summary.mustEscalate.byTopic).toEqual({
      data_loss: { n: 2, recall: 0.5, topicRecall: 0 },
      self_harm: { n: 1, recall: 1, topicRecall: 1 },
    })
    expect(summary.mustEscalate.byLanguage.de).toEqual({ n: 1, recall: 1, topicRecall: 1 })
  })

  it('measures answers: precision over what was sent, coverage over what could be answered', () => {
    expect(summary.answers).toEqual({
      answerable: 3,
      answered: 3,
      precision: 0.3333,
      coverage: 0.6667,
      rightAndAnswered: 0.3333,
    })
  })

  it('rates everyday cases escalated for a sensitive topic and counts every reason', () => {
    expect(summary.everyday).toEqual({ n: 4, sensitiveEscalationRate: 0.25 })
    expect(summary.reasons).toEqual({
      low_retrieval_confidence: 2,
      sensitive_self_harm: 1,
      sensitive_billing_dispute: 1,
    })
  })
})
