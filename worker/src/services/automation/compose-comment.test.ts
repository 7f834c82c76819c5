import { describe, expect, it } from 'vitest'
import type { Reason } from '@deskmate/shared'
import { composeEscalationNote } from './compose-comment.ts'

const reason = (code: string, message: string): Reason => ({ code, message })
const LOW = reason('low_retrieval_confidence', 'No knowledge-base article answers it with enough confidence')
const SELF_HARM = reason('sensitive_self_harm', 'Mentions self-harm')
const THREAT = reason('sensitive_violent_threat', 'Threatens violence')

describe('composeEscalationNote', () => {
  it('opens with a safety warning when the customer mentions self-harm, and lists that reason first', () => {
    const html = composeEscalationNote([LOW, SELF_HARM], null, [])
    expect(html.startsWith('<p><strong>Safety first: the customer mentions self-harm.')).toBe(true)
    expect(html.indexOf('Mentions self-harm')).toBeLessThan(html.indexOf('No knowledge-base article'))
  })

  it('opens with a safety warning for a threat of violence', () => {
    const html = composeEscalationNote([LOW, THREAT], null, [])
    expect(html.startsWith('<p><strong>Safety first: the customer threatens violence.')).toBe(true)
  })

  it('starts with the escalation line when no one is in danger', () => {
    const html = composeEscalationNote([LOW], null, [])
    expect(html.startsWith('<p><strong>Deskmate escalated this ticket to a human.</strong>')).toBe(true)
    expect(html).not.toContain('Safety first')
  })
})
