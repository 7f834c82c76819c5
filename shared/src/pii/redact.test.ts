import { describe, expect, it } from 'vitest'
import { redactPii } from './redact.ts'

describe('redactPii', () => {
  it.each([
    ['an email', 'Write to jane.doe+billing@example.co.uk today', 'Write to [email] today', 'email'],
    [
      'a card number with spaces',
      'My card 4111 1111 1111 1111 was charged',
      'My card [card] was charged',
      'card',
    ],
    ['a card number with dashes', 'card 5500-0000-0000-0004', 'card [card]', 'card'],
    ['an IBAN', 'IBAN DE89 3704 0044 0532 0130 00 please', 'IBAN [iban] please', 'iban'],
    ['a compact IBAN', 'to GB29NWBK60161331926819', 'to [iban]', 'iban'],
    ['an international phone number', 'call me on +44 20 7946 0958', 'call me on [phone]', 'phone'],
    ['a US phone number', 'call (415) 555-0132 now', 'call [phone] now', 'phone'],
    ['an IP address', 'from 192.168.10.20 yesterday', 'from [ip] yesterday', 'ip'],
    ['an SSN', 'SSN 123-45-6789', 'SSN [ssn]', 'ssn'],
  ])('removes %s', (_name, input, expected, kind) => {
    const result = redactPii(input)
    expect(result.text).toBe(expected)
    expect(result.counts).toEqual({ [kind]: 1 })
  })

  it('keeps order numbers, dates, versions and error codes', () => {
    const text = 'Order #A-12345 on 2026-11-02, app v4.2.1, error SYNC-409, ticket 48213'
    expect(redactPii(text)).toEqual({ text, counts: {} })
  })

  it('keeps a 16-digit number that fails the card checksum', () => {
    expect(redactPii('Tracking 1234 5678 9012 3456').text).not.toContain('[card]')
  })

  it('removes several kinds at once and counts them', () => {
    const result = redactPii('a@b.io, b@c.io, +1 415 555 0132')
    expect(result.text).toBe('[email], [email], [phone]')
    expect(result.counts).toEqual({ email: 2, phone: 1 })
  })
})
