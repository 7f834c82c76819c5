import { foldText } from './sensitive-topics.ts'

// Folded text (lowercase, no accents), en, de, es, fr, pt: the answer did not help, or a person is wanted.
const DID_NOT_HELP = [
  /\b((did ?n[o']?t|does ?n[o']?t|did not|does not|didn'?t|doesn'?t) (help|work|solve|fix|answer)|not helpful|no help|useless|still (not working|does ?n'?t work|broken|the same|have the (same )?problem)|not what i (asked|need)ed?|(talk|speak) to (a |an )?(real |actual )?(human|person|agent|someone)|stop sending (me )?(bot|automated))\b/,
  /\b((hat|hilft|half) (mir )?(nicht|nichts|gar nicht)( geholfen| weiter)?|nicht geholfen|keine hilfe|funktioniert (immer )?noch nicht|geht (immer )?noch nicht|(problem|fehler) (besteht|ist) (immer )?noch|nicht gelost|nutzlos|(mit )?einem (menschen|mitarbeiter) (sprechen|reden))\b/,
  /\b(no (me )?(ayudo|ayuda|sirvio|sirve|funciono|funciona|resolvio|soluciono)|sigue sin funcionar|todavia no funciona|sigue (igual|el (mismo )?problema)|no es lo que pregunte|inutil|hablar con (una persona|un humano|un agente|alguien))\b/,
  /\b((ca|cela) (ne )?(m'?)?a pas aide|n'?a pas (aide|fonctionne|marche|resolu)|ne m'?a pas aide|ne (fonctionne|marche) toujours pas|toujours (pas|le meme probleme)|pas resolu|inutile|parler a (un humain|une personne|quelqu'?un|un agent))\b/,
  /\b(nao (me )?(ajudou|ajuda|resolveu|funcionou|serviu)|continua (sem funcionar|o mesmo problema|igual)|ainda nao funciona|inutil|falar com (um|uma|algum) (humano|pessoa|atendente|agente))\b/,
]

/**
 * True when a customer's follow-up says the automated answer did not help, in five languages.
 * @example saysAnswerDidNotHelp('Das hat leider nicht geholfen.') // true
 */
export const saysAnswerDidNotHelp = (text: string): boolean => {
  const folded = foldText(text)
  return DID_NOT_HELP.some((re) => re.test(folded))
}
