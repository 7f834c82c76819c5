import { describe, expect, it } from 'vitest'
import { htmlToText } from './ticket-actions.ts'

describe('htmlToText', () => {
  it('keeps a link’s address after its title, as Zendesk keeps the link', () => {
    expect(htmlToText('<a href="https://help.example.com/a1">Reset your password</a>')).toBe(
      'Reset your password (https://help.example.com/a1)',
    )
  })

  it('keeps entity-escaped addresses readable and paragraphs apart', () => {
    expect(htmlToText('<p>See <a href="https://x.example/?a=1&amp;b=2">the guide</a>.</p><p>Bye</p>')).toBe(
      'See the guide (https://x.example/?a=1&b=2).\n\nBye',
    )
  })
})
