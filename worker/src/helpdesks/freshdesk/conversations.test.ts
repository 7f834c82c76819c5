import { describe, expect, it } from 'vitest'
import type { FreshdeskConversation } from './api.ts'
import { hasPosted, latestRequesterMessage } from './conversations.ts'

const post = (fields: Partial<FreshdeskConversation>): FreshdeskConversation => ({
  id: 1,
  body: '',
  incoming: false,
  private: false,
  user_id: 900,
  created_at: '2026-01-05T10:00:05Z',
  ...fields,
})
const reply = {
  html: '<p>Hi Emma,</p><p>Reset it here &amp; <a href="https://x.test/1">now</a>.</p>',
  isPublic: true,
}

describe('hasPosted', () => {
  it('finds the reply even when Freshdesk re-encoded its markup', () => {
    const stored = post({
      body: '<div>Hi Emma,<br>Reset it here &amp; <a href="https://x.test/1" rel="noreferrer">now</a>.</div>',
    })
    expect(hasPosted([stored], reply, '2026-01-05T10:00:00Z')).toBe(true)
  })

  it('ignores a private note with the same text, a customer message and other text', () => {
    const body = '<p>Hi Emma,</p><p>Reset it here &amp; <a href="https://x.test/1">now</a>.</p>'
    expect(hasPosted([post({ body, private: true })], reply, null)).toBe(false)
    expect(hasPosted([post({ body, incoming: true })], reply, null)).toBe(false)
    expect(hasPosted([post({ body: '<p>Hi Emma, something else.</p>' })], reply, null)).toBe(false)
  })

  it('ignores an identical post older than the ticket read for this event', () => {
    const body = '<p>Hi Emma,</p><p>Reset it here &amp; <a href="https://x.test/1">now</a>.</p>'
    expect(
      hasPosted([post({ body, created_at: '2026-01-04T08:00:00Z' })], reply, '2026-01-05T10:00:00Z'),
    ).toBe(false)
  })
})

describe('latestRequesterMessage', () => {
  it('returns the requester’s latest public message', () => {
    const conversations = [
      post({ incoming: true, user_id: 5, body_text: 'first' }),
      post({ incoming: true, user_id: 5, body_text: 'second' }),
      post({ incoming: true, user_id: 5, private: true, body_text: 'private' }),
      post({ incoming: false, body_text: 'agent' }),
    ]
    expect(latestRequesterMessage(conversations, 5)).toBe('second')
    expect(latestRequesterMessage([], 5)).toBe('')
  })
})
