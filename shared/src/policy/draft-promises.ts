import { foldText } from './sensitive-topics.ts'

/** Commitments a draft may only make when a cited article states them. */
export const PROMISE_KINDS = ['refund', 'credit', 'deadline'] as const
export type PromiseKind = (typeof PROMISE_KINDS)[number]

/** One commitment found in a text and the key it is compared by. */
export type Commitment = { kind: PromiseKind; value: string; key: string }

// Patterns run on folded text (lowercase, no accents), in en, de, es, fr and pt; all of them are linear.
// A stem that takes any ending stands first, without `\w*…\b`, so a linearity checker can prove each pattern.
const REFUND =
  /\b(?:refund|reimburs|(?:ruck|zuruck)?erstatt|reembols|rembours|estorn|(?:money back|geld zuruck|devoluc\w{0,4} del dinero|devolver(?:le|te)? (?:el|su|tu) dinero|dinheiro de volta|devolucao do dinheiro)\b)/g
const CREDIT =
  /\b(?:gutschrift|bonificacion|discount|rabatt|descuento|desconto|gratismonat|(?:(?:account|service|store) credit|credit (?:to|on|for) your (?:account|next [a-z]{1,20})|credit your account|(?:we|i)(?:'ll| will| can| are going to) credit|gutschreiben|gutgeschrieben|credito (?:en|na|a|para) (?:su|tu|sua) (?:cuenta|conta)|abono|un avoir|credit sur votre compte|credito na (?:sua )?conta|remise|compensation|compensacion|compensacao|entschadigung|indemnisation|free months?|kostenlosen? monat[a-z]{0,3}|mes(?:es)? gratis|mois gratuits?)\b)/g

const NUMBER_WORDS: Record<string, number> = {}
;[
  'one ein eine einen uno una un um uma',
  'two zwei dos deux dois duas',
  'three drei tres trois',
  'four vier cuatro quatre quatro',
  'five funf cinco cinq',
  'six sechs seis',
  'seven sieben siete sept sete',
  'ten zehn diez dix dez',
].forEach((words, i) => words.split(' ').forEach((w) => (NUMBER_WORDS[w] = i < 7 ? i + 1 : 10)))
const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`
const UNITS: Array<[RegExp, string]> = [
  [/^(minute|minuten|minuto|min)/, 'minute'],
  [/^(hour|hr|stunde|hora|heure|h$)/, 'hour'],
  [/^(day|tag|werktag|arbeitstag|dia|jour|business day|working day)/, 'day'],
  [/^(week|woche|semana|semaine)/, 'week'],
  [/^(month|monat|mes|mois)/, 'month'],
]
const UNIT =
  '(minutes?|minuten|minutos?|mins?|hours?|hrs?|stunden?|horas?|heures?|h|(?:business |working )?days?|(?:werk|arbeits)?tagen?|(?:werk|arbeits)?tage|dias?(?: uteis| habiles)?|jours?(?: ouvres| ouvrables)?|weeks?|wochen?|semanas?|semaines?|months?|monate?n?|mes(?:es)?|mois)'
const DURATION = new RegExp(
  String.raw`\b${NUMBER}(?:\s?(?:-|–|to|bis|a|y|e|et|ou|or|oder|o)\s?${NUMBER})?\s${UNIT}\b`,
  'g',
)
const WHEN =
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:the )?(?:day|week|month)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ende der woche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|fin de semana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|fin de (?:la )?semaine|segunda|terca|quarta|quinta|sexta|amanha|fim da semana)'
const BY_WHEN = new RegExp(
  String.raw`\b(?:by|until|before|no later than|bis|spatestens|vor|antes del?|hasta el|para el|d'?ici|avant|jusqu'?a|ate|antes de|para)\s(?:(?:next|this|el|le|la|o|a|nachsten|proximo|proxima|prochain)\s)?${WHEN}\b`,
  'g',
)

/** The patterns this file builds at run time (the linearity check reads them). */
export const PROMISE_PATTERNS: readonly RegExp[] = [DURATION, BY_WHEN]

const unitOf = (word: string): string => UNITS.find(([re]) => re.test(word))?.[1] ?? word
const numberOf = (word: string): number => NUMBER_WORDS[word] ?? Number(word)

/** The match grown to the end of its word, so a stem match names the word the text used ("reembolsaremos"). */
const wholeWord = (text: string, m: RegExpMatchArray): string => {
  let end = (m.index ?? 0) + m[0].length
  while (end < text.length && /\w/.test(text[end] ?? '')) end++
  return text.slice(m.index, end)
}

/** Refunds, credits or discounts, and deadlines or durations a text commits to. */
export const extractCommitments = (text: string): Commitment[] => {
  const folded = foldText(text)
  const found: Commitment[] = []
  for (const m of folded.matchAll(REFUND))
    found.push({ kind: 'refund', value: wholeWord(folded, m), key: 'refund' })
  for (const m of folded.matchAll(CREDIT))
    found.push({ kind: 'credit', value: wholeWord(folded, m), key: 'credit' })
  for (const m of folded.matchAll(DURATION)) {
    const unit = unitOf(m[3] ?? '')
    for (const n of [m[1], m[2]])
      if (n) found.push({ kind: 'deadline', value: m[0], key: `${numberOf(n)}-${unit}` })
  }
  for (const m of folded.matchAll(BY_WHEN)) found.push({ kind: 'deadline', value: m[0], key: `by-${m[1]}` })
  return found
}
