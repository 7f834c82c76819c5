import { describe, expect, it } from 'vitest'
import { decideCase, ZDecideCase } from './decide-case.ts'

const ARTICLE = {
  id: 'feature-requests',
  title: 'Request a feature',
  body: 'Post your idea on the ideas board and vote for the ones you need.',
  locale: 'en',
  examples: ['Will you add Gantt charts?'],
}

describe('decide cases', () => {
  it('keeps the example questions of an inline article (retrieval reads them)', () => {
    const line = decideCase('gantt', 'en', { subject: 'Idea', body: 'Add Gantt charts?' }, { topic: null }, [
      ARTICLE,
    ])
    const parsed = ZDecideCase.parse(JSON.parse(JSON.stringify(line)))
    expect(parsed.kb).toEqual([ARTICLE])
  })

  it('asks the demo KB unless a case carries its own', () => {
    const line = decideCase(
      'reset',
      'en',
      { subject: 'Reset', body: 'Forgot my password' },
      { articleId: 'x' },
    )
    expect(ZDecideCase.parse(line)).toMatchObject({
      kb: 'demo',
      expected: { outcome: 'answer', articleId: 'x' },
    })
  })
})
