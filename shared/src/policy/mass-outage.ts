import { foldText } from './sensitive-topics.ts'

// Folded text (lowercase, no accents), en, de, es, fr, pt. Who is affected …
const EVERYONE =
  /\b(everyone|everybody|nobody|no one|none of (us|our (users|team|staff|customers))|all (of )?(our|my) (users|team|staff|colleagues|customers|employees|agents)|(whole|entire) (team|company|office|organi[sz]ation|department)|for all users|alle[nr]? (nutzer[a-z]{0,4}|benutzer[a-z]{0,4}|kolleg[a-z]{0,5}|mitarbeiter[a-z]{0,5}|kunden)|niemand|keine?r? (von uns|unserer)|(das )?ganze (team|firma|unternehmen|buro)|bei allen|todos (los|nuestros) (usuarios|empleados|clientes|companeros)|nadie|todo el (equipo|personal)|toda la (empresa|oficina)|tout le monde|personne (ne|n')|tous (nos|les) (utilisateurs|collegues|employes|clients)|toute l'?(equipe|entreprise)|todos (os )?(nossos )?(usuarios|funcionarios|colaboradores|clientes)|ninguem|toda a (equipe|empresa))\b/
// … and that something is broken for them.
const BROKEN =
  /\b(down|outage|not working|doesn'?t work|isn'?t working|can'?t (log ?in|sign ?in|access|connect|load|use|open)|cannot (log ?in|sign ?in|access|connect|load|use|open)|unable to (log ?in|sign ?in|access|connect|load|use)|(is|are) (broken|unreachable|unavailable)|ausfall|ausgefallen|storung|funktioniert nicht|geht nicht|nicht erreichbar|kann sich nicht|konnen (uns )?nicht|caid[oa]|no funciona|no puede|no podemos|no carga|sin servicio|panne|ne (fonctionne|marche) (pas|plus)|ne peut (pas|plus)|ne pouvons|inaccessible|indisponible|fora do ar|nao funciona|nao (consegue|conseguimos)|nao carrega|instabilidade|indisponivel)\b/
// "Nobody can …": the scope and the failure in one phrase.
const NOBODY_CAN =
  /\b(nobody|no one|none of us|niemand|keiner von uns|nadie|ninguno de nosotros|personne ne|aucun de nous|ninguem)\b[^.!?\n]{0,60}\b(can|could|is able|are able|kann|konnen|puede|pueden|podemos|peut|peuvent|pouvons|consegue|conseguem|conseguimos|pode|podem)\b/
// Outage words that say it on their own.
const OUTAGE =
  /\b((site|service|app|platform|api|system|server)s? (is |are |went |seems )?(completely |totally )?down|down for (everyone|all|us all)|(major|total|complete|global) outage|outage (right now|since|today|this morning)|komplett(er)? ausfall|totalausfall|(servicio|sistema|plataforma) caid[oa]|caida (total|general|del servicio)|panne generale|(service|site|plateforme) (est )?(en panne|indisponible)|(sistema|servico|site|plataforma) (esta )?fora do ar)\b/

/**
 * True when a ticket describes an outage for many users ("not working for everyone"), in five languages.
 * @example describesMassOutage('Nobody on our team can log in since 9am') // true
 */
export const describesMassOutage = (text: string): boolean => {
  const folded = foldText(text)
  return OUTAGE.test(folded) || NOBODY_CAN.test(folded) || (EVERYONE.test(folded) && BROKEN.test(folded))
}
