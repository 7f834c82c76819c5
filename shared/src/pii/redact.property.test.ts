import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { redactPii } from './redact.ts'

const digit = fc.integer({ min: 0, max: 9 }).map(String)
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''))
const toFullWidth = (text: string): string =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
const maybeFullWidth = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.boolean()).map(([t, wide]) => (wide ? toFullWidth(t) : t))

const luhnDigit = (payload: string): string => {
  let sum = 0
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i])
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

const card = fc
  .tuple(fc.constantFrom('4', '51', '37', '6011'), digits(15), fc.constantFrom('', ' ', '-', '.', '/'))
  .map(([prefix, body, sep]) => {
    const payload = (prefix + body).slice(0, 15)
    const number = payload + luhnDigit(payload)
    return number.match(/.{4}/g)!.join(sep)
  })

const IBAN_LENGTHS = { DE: 18, GB: 18, FR: 23, ES: 20, NL: 14, PT: 21, BE: 12 } as const
const ibanChecksum = (country: string, bban: string): string => {
  let remainder = 0
  for (const ch of `${bban}${country}00`) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch)
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97
  }
  return String(98 - remainder).padStart(2, '0')
}
const iban = fc
  .tuple(
    fc.constantFrom(...(Object.keys(IBAN_LENGTHS) as (keyof typeof IBAN_LENGTHS)[])),
    digits(30),
    fc.constantFrom('', ' ', '-'),
    fc.boolean(),
  )
  .map(([country, pool, sep, lower]) => {
    const bban = pool.slice(0, IBAN_LENGTHS[country])
    const compact = `${country}${ibanChecksum(country, bban)}${bban}`
    const text = compact.match(/.{1,4}/g)!.join(sep)
    return lower ? text.toLowerCase() : text
  })

const ssnDigits = fc
  .tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .filter(([area]) => area !== 666)
  .map(([a, g, s]) => [String(a).padStart(3, '0'), String(g).padStart(2, '0'), String(s).padStart(4, '0')])
const ssn = fc.oneof(
  ssnDigits.map((parts) => parts.join('-')),
  ssnDigits.map((parts) => parts.join(' ')),
  fc
    .tuple(ssnDigits, fc.constantFrom('SSN', 'SSN:', 'ssn #', 'Social Security number'))
    .map(([parts, label]) => `${label} ${parts.join('')}`),
)

const hexGroup = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16))
const ipv6 = fc
  .tuple(fc.array(hexGroup, { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 5 }), fc.boolean())
  .filter(([groups]) => /\d/.test(groups.join('')))
  .map(([groups, at, compress]) =>
    compress ? `${groups.slice(0, at).join(':')}::${groups.slice(at + 2).join(':')}` : groups.join(':'),
  )

const secret = fc
  .stringMatching(/^[A-Za-z0-9!#$%&*+\-_=@^~]{6,24}$/)
  .filter((s) => /\d/.test(s) && /[a-z]/i.test(s))
const passwordPhrase = fc.tuple(
  fc.constantFrom(
    'my password is',
    'Password:',
    'pwd =',
    'mein Passwort ist',
    'Kennwort:',
    'mi contraseña es',
    'la clave es',
    'mon mot de passe est',
    'mot de passe :',
    'minha senha é',
    'senha:',
  ),
  secret,
)

const sentence = (value: fc.Arbitrary<string>) =>
  fc.tuple(
    fc.constantFrom('Hi, ', 'Please check ', '', 'Thanks!\n'),
    value,
    fc.constantFrom('', '.', ' today', ', thanks'),
  )

describe('redactPii (generated variants)', () => {
  it.each([
    ['card numbers with any separator, in full-width digits too', maybeFullWidth(card), 'card'],
    ['IBANs in any case, grouped by spaces or dashes', iban, 'iban'],
    ['US SSNs with dashes, spaces, or after "SSN" without separators', maybeFullWidth(ssn), 'ssn'],
    ['IPv6 addresses, full and compressed', ipv6, 'ip'],
  ] as const)('removes %s', (_name, values, kind) => {
    fc.assert(
      fc.property(sentence(values), ([before, value, after]) => {
        const { text, counts } = redactPii(`${before}${value}${after}`)
        expect(text).not.toContain(value.normalize('NFKC'))
        expect(text).toContain(`[${kind}]`)
        expect(counts[kind]).toBe(1)
      }),
    )
  })

  it('removes the secret of "my password is …" phrases in five languages', () => {
    fc.assert(
      fc.property(passwordPhrase, ([phrase, value]) => {
        const { text, counts } = redactPii(`Hello, ${phrase} ${value} and it fails`)
        expect(text).toBe(`Hello, ${phrase} [password] and it fails`)
        expect(counts).toEqual({ password: 1 })
      }),
    )
  })

  const day = fc.integer({ min: 1, max: 28 })
  const month = fc.integer({ min: 1, max: 12 })
  const year = fc.integer({ min: 1990, max: 2035 })
  const benign = fc.oneof(
    fc.integer({ min: 1000, max: 99_999_999 }).map((n) => `order #${n}`),
    fc.integer({ min: 100_000, max: 999_999_999 }).map((n) => `Bestellung ${n}`),
    fc
      .tuple(year, month, day)
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.tuple(day, month, year).map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.tuple(day, month, year).map(([d, m, y]) => `${d}.${m}.${y}`),
    fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
      .map(([a, c]) => `$${a}.${String(c).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 99 }))
      .map(([a, c]) => `€ ${a},${String(c).padStart(2, '0')}`),
    fc
      .array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 4 })
      .map((parts) => `v${parts.join('.')}`),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `at ${h}:${String(m).padStart(2, '0')}`),
    fc.constantFrom(
      'I forgot my password',
      'the password reset link',
      'my password is not accepted',
      'error 0x80070005',
    ),
  )

  it('keeps order numbers, dates, prices, versions, times and password complaints', () => {
    fc.assert(
      fc.property(benign, (value) => {
        expect(redactPii(`Re: ${value}, please help`)).toEqual({
          text: `Re: ${value}, please help`,
          counts: {},
        })
      }),
    )
  })

  it('keeps 16-digit numbers that fail the card checksum', () => {
    fc.assert(
      fc.property(card, fc.integer({ min: 1, max: 9 }), (value, shift) => {
        const broken = value.slice(0, -1) + String((Number(value.at(-1)) + shift) % 10)
        expect(redactPii(`Tracking ${broken}`).counts.card).toBeUndefined()
      }),
    )
  })
})
