import { splitWords } from '../text/normalize-text.ts'

/**
 * Concepts the topic scorer reads besides the words: each names one idea in en, de, es, fr and pt, as word stems
 * of normalised text (lowercase, no accents; `=word` matches the whole word only). A ticket that uses any of
 * them gets the concept as an extra feature, so what the model learns from a German paraphrase carries over to
 * a Spanish one that shares no word with it.
 */
const CONCEPTS: Record<string, string> = {
  die: 'dying =dead death suicid sterb =tot =tod todes morir muer =muerte mourir =mort morrer =morte =morto',
  kill: 'kill murder umbring =toten matar tuer =tuez',
  life: '=life =live living alive =leben =vida vivir vivre =vie viver',
  forever: 'forever =immer endgultig siempre toujours sempre',
  vanish:
    'disappear vanish =gone verschwind verschwund =weg desapare disparai disparu =sumir sumiu sumiram =sumi',
  pills: 'pill tablet overdos medicat tablett pastill cachet comprim medicament remedio',
  self_hurt: 'hurt harm injur verletz antun =dano danar herir blesser machuc ferir',
  pointless: 'pointless hopeless meaningless =sinn sinnlos =sentido =sens',
  goodbye: 'goodbye farewell abschied lebewohl adios despedi adieu',
  weapon:
    'stab shoot =gun =guns weapon knife bomb brick punch smash schlag schiess waffe messer ziegel stein punal dispar =arma =armas cuchill piedra ladrillo frapp couteau =arme =armes pierre brique =faca atir pedra tijolo',
  family_home: 'famil =home =homes =zuhause =privat =casa domicil maison residenc',
  safety: 'unsafe =safe =sicher =seguro =seguros =seguridad =securite =sécurité =seguranca',
  sexual: 'sexual =sex explicit sexuell sexuel',
  insult: 'insult slur abusive offensiv beleidig beschimpf ofens agravi insult ofens xing',
  stalk: 'stalk harass creep verfolg belastig nachstell persig persegu acos harcel assedi poursuiv',
  looks: 'appearance =looks =body aussehen korper aspecto cuerpo physique apparence =corps aparencia =corpo',
  idiot: 'idiot moron stupid imbecil =dumm =dumme vollidiot hirnlos estupid abruti =burro =cow =kuh',
  lawyer:
    'lawyer attorney solicitor counsel =legal anwalt kanzlei justiziar rechtsabteil jurist abogad bufete juridic avocat =cabinet advoga',
  court:
    '=court =courts judge lawsuit proceeding gericht richter =klage verfahren mahnbescheid =juez juzgad tribunal demand procedimiento =juge procedure justice =juiz juizado =acao',
  ultimatum: 'ultimatum =final =frist fristsetzung =plazo =delai =prazo sommation requerimiento notificac',
  evidence: 'evidence =proof beweis prueba preuve =prova provas',
  damages: 'damages compensat remed schadensersatz entschadig anspruch =danos perjuicio indemn dommage',
  consumer: 'consumer verbraucher consum consommat',
  empty: 'empty blank =nothing =leer nichts vacio vacia =nada =vide =rien vazio branco',
  missing:
    'missing =lost wiped erased =fehlt fehlen verloren geloscht gelost perdid borrad =falta manquant =perdu efface supprim apagad eliminad',
  restore:
    'restore recover backup =trash wiederherstell papierkorb sicherung recuper papelera restaur corbeille sauvegard lixeira',
  unknown:
    'unknown strange stranger foreign weird unfamiliar unbekannt fremd seltsam komisch desconoc extran =raro inconnu etrange bizarre desconhec estranh',
  leak: 'leak expos stolen steal credential token leck gestohl offentlich filtr robad =fuite jeton vaz roub publica',
  not_me: 'wasnt =didnt =never =nie =nunca =jamais =nunca',
  scam: 'crypto bitcoin scam spam malicious phish betrug estafa arnaque golpe',
  personal:
    'personal privacy private =information datenschutz personenbezog =privat informac privacidad personnel privee pessoa privacidade',
  erase:
    'erase remov delet forget =trace =traces wipe losch entfern vergess =spur borr elimin olvid suprim rastro effac oubli apag esquec',
  law: 'article regulation =law gdpr dsgvo rgpd lgpd artikel gesetz articulo =ley =loi artigo =lei',
  portable: 'portab machine =readable kopie ubertrag copia copie',
  objection:
    '=object =objects objection consent withdraw widersprech widerspruch einwillig oponer opongo consentim oppos =opor',
  money_back:
    'money refund reimburs =credit reverse erstatt gutschrift ruckbuch zuruck dinero reembols devol abon argent rembours recredit dinheiro devolv estorn',
  charged:
    'charge billed debit payment =paid abbuch belast bezahl zahlung eingezog cobr cargo =pago prelev paiement pagament',
  twice: 'twice double duplicate zweimal doppel =dos duplic deux doubl =duas dobro',
  wrong: 'wrong incorrect mistake falsch incorrect erron equivoc =faux errad incorret',
  bank: 'bank issuer =visa mastercard =amex american paypal kartenbank =banco tarjeta banque =carte cartao emissor operadora',
  dispute: 'dispute =claim contest fraud streit reklam widersp anfecht disput reclam impugn fraude litige',
  cancel:
    'cancel terminat unsubscrib =quit renew leaving kundig beend storn baja rescind renov resili annul =arret renouvel quitt encerr',
  anger:
    'worst useless =joke disgrac terrible awful =mess schlecht nutzlos =witz unverschamt katastroph pesim inutil broma verguenza =pire inutile blague honte =nul =pior piada vergonh',
  disability:
    'blind =deaf disab impair wheelchair =colour =color caption subtitl screenreader voiceover taub gehorlos behinder rollstuhl farbenblind untertitel ciego ciega sordo sorda discapac daltoni subtitul aveugle sourd handicap sous-titr =cega =cego surda surdo deficien legenda',
  discrimination:
    'discrimin racis sexis prejud =accent herkunft akzent nationalit origen acento origine origem sotaque',
  ai: '=ai =ia =ki assistant =bot robot =model gpt =llm chatbot responder asistente assistente =robo',
  instruction:
    'instruct =prompt =system ignor disregard pretend reveal hidden anweis versteck instrucc ocult finge =fais oculto finja',
  everyone:
    'everyone everybody nobody =none entire =whole company organi =office offices employee =staff =users colleagues =alle niemand keiner =ganze firma unternehm mitarbeiter kollegen =nutzer =todos =todas =nadie ninguno =toda =empresa oficina emplead usuarios compan =tout =personne aucun entreprise bureau salari utilisat collegu ninguem nenhum inteira escritorio funcionar usuario =colegas',
  down: '=down outage timeout =timing spins unreachable offline ausfall storung =weisse =weiss caid =caido bloque =panne blanche =rade =fora queda =503 =500',
}

const exact = new Map<string, string[]>()
const prefixes = new Map<string, [string, string][]>()
for (const [concept, stems] of Object.entries(CONCEPTS)) {
  const token = `zqc${concept.replace(/_/g, '')}`
  for (const stem of stems.split(' ')) {
    if (stem.startsWith('=')) exact.set(stem.slice(1), [...(exact.get(stem.slice(1)) ?? []), token])
    else {
      const key = stem.slice(0, 3)
      prefixes.set(key, [...(prefixes.get(key) ?? []), [stem, token]])
    }
  }
}

const HIDDEN = /<!--|display[ \t]*:[ \t]*none|\[\/?system\]|^[ \t]*>/m

/**
 * The concept tokens of a normalised text, one per concept it touches (plus `zqchidden` for text hidden in
 * HTML comments, invisible markup or quoted lines).
 * @example conceptTokens('i want to disappear forever') // ['zqcvanish', 'zqcforever']
 */
export const conceptTokens = (normalized: string): string[] => {
  const found = new Set<string>()
  for (const word of splitWords(normalized)) {
    for (const token of exact.get(word) ?? []) found.add(token)
    for (const [stem, token] of prefixes.get(word.slice(0, 3)) ?? [])
      if (word.startsWith(stem)) found.add(token)
  }
  if (HIDDEN.test(normalized)) found.add('zqchidden')
  return [...found]
}

/** The text the topic model reads: the normalised text followed by its concept tokens. */
export const withConcepts = (normalized: string): string => {
  const tokens = conceptTokens(normalized)
  return tokens.length > 0 ? `${normalized}\n${tokens.join(' ')}` : normalized
}
