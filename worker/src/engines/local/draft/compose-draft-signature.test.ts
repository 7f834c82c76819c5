import { describe, expect, it } from 'vitest'
import type { DraftInput } from '../../engine.ts'
import { composeDraft } from './compose-draft.ts'

const input: DraftInput = {
  ticket: { subject: 'Password', body: 'I forgot my password', requester: { name: 'Ana Silva' } },
  articles: [
    {
      id: 'reset-password',
      title: 'Reset your password',
      body: '1. Open Settings\n2. Click "Reset password"',
      url: 'https://help.example.com/reset',
      locale: 'en',
    },
  ],
  tone: 'formal',
  language: 'en',
}

const lastBlock = (text: string): string => text.split('\n\n').at(-1) ?? ''

describe('composeDraft sign-off', () => {
  it("signs with the agent's name, then the admin's signature", () => {
    const draft = composeDraft({ ...input, agentName: 'Dana', signature: 'The Acme support team' })
    expect(lastBlock(draft.text)).toBe('Kind regards,\nDana\nThe Acme support team')
  })

  it('signs with the signature alone when no agent is named (the automation)', () => {
    const draft = composeDraft({ ...input, signature: 'The Acme support team\nsupport.acme.example' })
    expect(lastBlock(draft.text)).toBe('Kind regards,\nThe Acme support team\nsupport.acme.example')
  })

  it('signs under a draft that found no answer too', () => {
    const draft = composeDraft({ ...input, articles: [], signature: 'The Acme support team' })
    expect(draft.review?.[0]?.code).toBe('no_answer')
    expect(lastBlock(draft.text).endsWith('\nThe Acme support team')).toBe(true)
  })
})
