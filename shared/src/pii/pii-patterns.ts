import { isSsnValid, leadingCard, leadingIban } from './checksums.ts'

/** Kinds of personal data removed before any text leaves for an LLM. */
export const PII_KINDS = ['password', 'email', 'card', 'iban', 'phone', 'ip', 'ssn'] as const
export type PiiKind = (typeof PII_KINDS)[number]

/**
 * One kind of personal data. `re` captures a candidate as the `pii` group, always at the end of the match; a `pre`
 * group before it (a keyword, a boundary character) is kept. `pick` returns the part of the candidate, from its
 * start, that is personal data (all of it by default), or null to keep it. Every pattern is linear in the text's
 * length: a match can only start at a boundary and every repetition inside it is bounded or deterministic.
 */
export type PiiRule = { kind: PiiKind; re: RegExp; pick?: (candidate: string) => string | null }

const when =
  (test: (value: string) => boolean) =>
  (value: string): string | null =>
    test(value) ? value : null

/** Characters of an e-mail's local part. */
const LOCAL = String.raw`[\p{L}\p{N}._%+-]`

/**
 * An e-mail address (`pii` group). The address may only start after a character that cannot belong to it, so
 * `a@a@a@…` or a long word is read once rather than from every letter.
 */
export const EMAIL_PATTERN = new RegExp(
  String.raw`(?<pre>^|[^\p{L}\p{N}._%+-])(?<pii>${LOCAL}+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
  'gu',
)

// "my password is …", "Passwort: …", "mi contraseña es …", "mon mot de passe est …", "minha senha é …".
const PASSWORD_WORDS = String.raw`passwor[dt]s?|kennwort|passcode|pwd?|contrase(?:ñ|n)as?|clave|mot de passe|mdp|senhas?`
const PASSWORD_LINK = String.raw`(?:[ \t]{0,3}[:=]|[ \t]{1,3}(?:is|was|ist|war|lautet|es|era|est|était|etait|é|e)(?:[ \t]{0,3}:)?[ \t])`
const PASSWORD = new RegExp(
  String.raw`(?<pre>\b(?:${PASSWORD_WORDS})${PASSWORD_LINK}[ \t]{0,3}["'“«‘]?)(?<pii>[^\s"'”»’]{1,100})`,
  'gi',
)

/** Words that follow "password is" in a complaint, not a secret ("my password is not accepted"). */
const NOT_SECRETS = new Set(
  (
    'not no wrong incorrect invalid expired correct right too being still the a my now reset changed ' +
    'nicht kein falsch ungültig ungultig abgelaufen zu ' +
    'incorrecta incorrecto inválida invalida caducada correcta demasiado ' +
    'pas faux invalide expiré expire correct trop ' +
    'não nao incorreta errada inválida expirada correta muito'
  ).split(' '),
)

const isSecret = (value: string): boolean =>
  !NOT_SECRETS.has(value.replace(/[.,;!?]{1,3}$/, '').toLowerCase())

const digitsOf = (text: string): string => text.replace(/\D/g, '')

const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/

const isPhone = (value: string): boolean => {
  const digits = digitsOf(value)
  if (DATE.test(value.trim())) return false
  return digits.length >= 8 && digits.length <= 15 && (/[+() .-]/.test(value) || digits.length >= 10)
}

const H = '[0-9a-f]{1,4}'
// Full and compressed IPv6 forms (at least two groups); bare "::" and times such as 12:45:00 never match.
const IPV6 = [
  `(?:${H}:){7}${H}`,
  `(?:${H}:){2,7}:`,
  `(?:${H}:){1,6}:${H}`,
  `(?:${H}:){1,5}(?::${H}){2}`,
  `(?:${H}:){1,4}(?::${H}){3}`,
  `(?:${H}:){1,3}(?::${H}){4}`,
  `(?:${H}:){1,2}(?::${H}){5}`,
  `${H}:(?::${H}){6}`,
  `::(?:${H}:){0,6}${H}`,
].join('|')

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)'

/** The rules in the order they run: passwords first (a secret can look like anything), phones last. */
export const PII_RULES: readonly PiiRule[] = [
  { kind: 'password', re: PASSWORD, pick: when(isSecret) },
  { kind: 'email', re: EMAIL_PATTERN },
  {
    kind: 'iban',
    re: /\b(?<pii>[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?)\b/gi,
    pick: leadingIban,
  },
  { kind: 'card', re: /\b(?<pii>\d(?:[ ./-]?\d){12,22})\b/g, pick: leadingCard },
  {
    kind: 'ssn',
    re: /\b(?<pii>\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4})\b/g,
    pick: when((value) => isSsnValid(digitsOf(value))),
  },
  {
    // Nine digits in a row are an order number unless the text says they are a social security number.
    kind: 'ssn',
    re: /(?<pre>\b(?:ssn|social security(?: number| no\.?)?)[^\d\n]{0,20})(?<pii>\d{9})\b/gi,
    pick: when(isSsnValid),
  },
  { kind: 'ip', re: new RegExp(`\\b(?<pii>(?:${IPV4_OCTET}\\.){3}${IPV4_OCTET})\\b`, 'g') },
  {
    kind: 'ip',
    re: new RegExp(`(?<pre>^|[^0-9a-z:])(?<pii>${IPV6})(?![0-9a-z:])`, 'gi'),
    pick: when((value) => /\d/.test(value)),
  },
  {
    kind: 'phone',
    re: /(?<![\w/])(?<pii>(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4})(?![\w/])/g,
    pick: when(isPhone),
  },
]
