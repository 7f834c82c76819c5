import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-to-text.ts'

describe('htmlToText', () => {
  it('keeps block breaks and bullets, drops tags and decodes entities', () => {
    expect(htmlToText('<p>Hi &amp; welcome</p><ol><li>Open &#8220;Settings&#x201D;</li></ol>')).toBe(
      'Hi & welcome\n\n- Open “Settings”',
    )
  })

  it('drops script and style elements, and an unclosed one up to the end', () => {
    expect(htmlToText('<p>A</p><script>alert(1)</script><style>p{}</style><p>B</p>')).toBe('A\nB')
    expect(htmlToText('<p>A</p><SCRIPT src=x>never closed <p>B</p>')).toBe('A')
  })

  it('keeps out-of-range character references as written instead of throwing', () => {
    expect(htmlToText('<p>code &#99999999; and &#x110000;</p>')).toBe('code &#99999999; and &#x110000;')
  })

  it('keeps text around stray angle brackets and unterminated tags', () => {
    expect(htmlToText('a < b and <<<<c>')).toBe('a < b and <<<')
    expect(htmlToText('<p>x</p><a href="y')).toBe('x\n<a href="y')
  })

  it('trims blanks before line ends', () => {
    expect(htmlToText(`<p>one  \t</p>two${' '.repeat(50)}\nthree`)).toBe('one\ntwo\nthree')
  })
})
