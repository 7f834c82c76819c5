/** Luhn checksum: keeps 16-digit order numbers from being taken for cards. */
export const isLuhnValid = (digits: string): boolean => {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** ISO 13616 mod-97 check of an IBAN (letters and digits only, any case). */
export const isIbanValid = (iban: string): boolean => {
  const compact = iban.toUpperCase()
  if (compact.length < 15 || compact.length > 34) return false
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch)
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97
  }
  return remainder === 1
}

/** A US SSN the SSA can issue: no area 000, 666 or 9xx, no group 00, no serial 0000. */
export const isSsnValid = (digits: string): boolean => {
  const area = digits.slice(0, 3)
  return (
    digits.length === 9 &&
    area !== '000' &&
    area !== '666' &&
    area[0] !== '9' &&
    digits.slice(3, 5) !== '00' &&
    digits.slice(5) !== '0000'
  )
}

/** IBAN length per country (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
    'LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 ' +
    'SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
)

/**
 * The IBAN at the start of `text` (groups separated by one space or dash), as written, or null. The country's
 * length decides where it ends, so a following word ("… 00 please") is not taken for a group.
 */
export const leadingIban = (text: string): string | null => {
  const length = IBAN_LENGTHS[text.slice(0, 2).toUpperCase()]
  if (!length) return null
  let seen = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ' && text[i] !== '-') seen++
    if (seen === length) {
      const iban = text.slice(0, i + 1)
      return isIbanValid(iban.replace(/[ -]/g, '')) ? iban : null
    }
  }
  return null
}

/** The card number at the start of `text`: whole groups of 13–19 digits passing Luhn, longest first, or null. */
export const leadingCard = (text: string): string | null => {
  const separators = new Set(text.replace(/\d/g, ''))
  // A mix of separators is a list of numbers, not a card.
  if (separators.size > 1) return null
  const groups = separators.size === 0 ? [text] : text.split([...separators][0] as string)
  for (let count = groups.length; count > 0; count--) {
    const prefix = groups.slice(0, count)
    const digits = prefix.join('')
    if (digits.length >= 13 && digits.length <= 19 && isLuhnValid(digits))
      return prefix.join([...separators][0] ?? '')
  }
  return null
}
