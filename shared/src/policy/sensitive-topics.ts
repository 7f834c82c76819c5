/** Topics that always go to a human, whatever the mode and the confidence. */
export const SENSITIVE_TOPICS = [
  'legal_threat',
  'data_loss',
  'security_incident',
  'gdpr_request',
  'billing_dispute',
  'chargeback',
  'cancellation_complaint',
  'accessibility_discrimination',
  'self_harm',
  'threat_harassment',
  'prompt_injection',
] as const
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number]

/** Lowercases and strips diacritics so one pattern covers "résilier" and "resilier". */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

// Patterns run on folded text (no accents, lowercase), in en, de, es, fr and pt. A stem that takes any ending
// ("suicid") stands first without `\w*…\b`: the same tests pass, and a linearity checker can prove it quickly.
const TOPIC_PATTERNS: Record<Exclude<SensitiveTopic, 'cancellation_complaint'>, RegExp[]> = {
  legal_threat: [
    /\b(lawyers?|attorneys?|lawsuits?|sue|suing|legal action|small claims|court|solicitors?)\b/,
    /\b(?:rechtsanwalt|gericht|(?:anwalt|anwaltin|klage|verklagen|rechtliche schritte)\b)/,
    /\b(abogad[oa]s?|demanda(r|remos)?|denuncia(r|remos)?|tribunal(es)?|acciones legales)\b/,
    /\b(avocats?|poursuites?|proces|tribunal|action en justice|porter plainte|mise en demeure)\b/,
    /\b(advogad[oa]s?|processar|processo judicial|tribunal|acao judicial|procon)\b/,
  ],
  data_loss: [
    /\b(data (loss|is gone|was deleted|disappeared)|lost (all )?(my|our) (data|files|work)|(files|data|records|projects) (are|were) (gone|deleted|wiped)|(files|data|records|projects) (have )?(disappeared|vanished))\b/,
    /\b(datenverlust|(daten|dateien|projekte) (sind )?(alle )?(weg|verloren|geloscht|verschwunden)|alle daten verloren)\b/,
    /\b(perdida de datos|perdi (todos )?(mis|los) (datos|archivos)|(datos|archivos|proyectos) (borrados|perdidos|desaparecieron|se borraron|se perdieron))\b/,
    /\b(perte de donnees|(donnees|fichiers|projets) (ont )?(perdu[es]{0,2}|efface[es]{0,2}|supprime[es]{0,2}|disparu[es]{0,2}|ete (effaces|supprimes|perdus))|perdu (toutes )?(mes|nos) donnees)\b/,
    /\b(perda de dados|perdi (todos )?(os )?(meus )?(dados|arquivos)|(dados|arquivos|projetos) (apagados|perdidos|sumiram|desapareceram|foram apagados))\b/,
  ],
  security_incident: [
    /\b(hack(ed|er)?|breach(ed)?|compromised|unauthori[sz]ed (access|login|charges?)|account takeover|phishing|someone (else )?(logged|got|broke) into|someone (else )?accessed (my|our) account|stolen (account|password|credentials)|malware|ransomware)\b/,
    /\b(gehackt|hacker|datenleck|unbefugte?r? zugriff|kompromittiert|phishing|konto (wurde )?ubernommen|jemand hat sich (?:[^ ]{1,20} ){0,6}(eingeloggt|angemeldet))\b/,
    /\b(hackea(do|ron)|pirate(ado|aron)|acceso no autorizado|brecha de seguridad|suplantacion|phishing|alguien (entro|accedio|se metio|ha entrado|ha accedido) (en|a) (mi|nuestra) cuenta)\b/,
    /\b(pirate|piratage|compte (a ete )?pirate|acces non autorise|fuite de donnees|hameconnage|phishing|quelqu ?'?un (s'?est connecte|a accede|est entre) (a|sur|dans) (mon|notre) compte)\b/,
    /\b(hackead[oa]|invadid[oa]|acesso nao autorizado|vazamento de dados|conta (foi )?roubada|phishing|alguem (entrou|acessou|invadiu) (na|a|em) (minha|nossa) conta)\b/,
  ],
  gdpr_request: [
    /\b(gdpr|ccpa|right to (be forgotten|erasure)|(delete|erase|remove) (all )?(my|our) (personal )?(data|information|account data)|(delete|erase|remove) (all )?(of )?the (personal )?(data|information) (you (hold|have|store|keep) )?(about|on) (me|us)|data (subject )?access request|dsar)\b/,
    /\b(dsgvo|datenschutz-?grundverordnung|loschung meiner daten|meine daten (loschen|lschen)|auskunft nach art)\b/,
    /\b(rgpd|derecho al olvido|borr(ar|en) (todos )?mis datos|eliminar mis datos personales)\b/,
    /\b(rgpd|droit a l'?oubli|supprim(er|ez) (toutes )?mes donnees|effacement de mes donnees)\b/,
    /\b(lgpd|direito ao esquecimento|(apagar|excluir|apaguem|excluam) (todos )?(os )?meus dados)\b/,
  ],
  billing_dispute: [
    /\b(refund(s|ed)?|money back|double[- ]?(charged|billed|charge)|(charged|billed|debited) (me |us |my card |our card |my account |our account )?(twice|two times|double)|duplicate (charge|payment|transaction)|overcharged|wrong(ly)? charged|billing (error|dispute)|unauthori[sz]ed charge)\b/,
    /\b((zu)?(ruck)?erstatt(en|et|ung)|geld zuruck|doppelt(e|en)? (abbuchung|belastung|zahlung|buchung|abgebucht|berechnet|belastet)|(zweimal|doppelt) (abgebucht|berechnet|belastet)|falsch berechnet)\b/,
    /\b(reembols(o|ar|en)|devolucion del dinero|devolver(me)? el dinero|devuelvan (el|mi) dinero|cobr(o|aron|ado) dos veces|doble cobro|cargo (duplicado|doble|indebido)|cobro (duplicado|indebido))\b/,
    /\b(rembours(e|er|ez|ement)|(debite|preleve|facture) deux fois|double (prelevement|facturation|debit)|prelev(e|ement) (en trop|a tort))\b/,
    /\b(reembols(o|ar)|estorn(o|ar)|dinheiro de volta|cobrad[oa] (duas vezes|em dobro)|cobranca (duplicada|indevida|em dobro))\b/,
  ],
  chargeback: [
    /\b(charge ?back|dispute (the|this) charge|contact(ing)? my bank|credit card company)\b/,
    /\b(?:zuruckbuch|(?:ruckbuchung|lastschrift (zuruckgeben|widerrufen)|meine bank (kontaktieren|einschalten))\b)/,
    /\b(contracargo|disputar el cargo|contactar (a|con) mi banco)\b/,
    /\b(retrofacturation|contester le (prelevement|paiement) aupres de ma banque|opposition bancaire)\b/,
    /\b(chargeback|contestar a cobranca|acionar (o )?meu banco)\b/,
  ],
  accessibility_discrimination: [
    /\b(?:discriminat|racis[tm]|sexis[tm]|(?:ada compliance|not accessible|accessibility (issue|complaint)|screen ?readers?|visually impaired|wcag)\b)/,
    /\b(?:diskriminier|rassis|sexis|(?:nicht barrierefrei|barrierefreiheit|screenreader|bildschirmleser)\b)/,
    /\b(?:discrimina|racis|sexis|(?:no es accesible|accesibilidad|lector de pantalla)\b)/,
    /\b(?:discrimin|racis|sexis|(?:pas accessible|accessibilite|lecteur d'?ecran)\b)/,
    /\b(?:discrimina|racis|machis|(?:nao e acessivel|acessibilidade)\b)/,
  ],
  self_harm: [
    /\b(?:suicid|(?:kill myself|end my life|self[- ]harm|hurt myself|want to die|(do ?n[o']t|no longer) want to live)\b)/,
    /\b(?:suizid|(?:umbringen|selbstmord|mein leben beenden|mich verletzen|(will|mochte) nicht mehr leben)\b)/,
    /\b(?:suicid|(?:matarme|quitarme la vida|hacerme dano|no quiero (seguir )?vivir)\b)/,
    /\b(?:suicid|(?:me tuer|mettre fin a (ma|mes) (vie|jours)|me faire du mal|ne veux plus vivre)\b)/,
    /\b(?:suicid|(?:me matar|tirar minha vida|me machucar|nao quero mais viver)\b)/,
  ],
  threat_harassment: [
    /\b(?:threaten|harass|(?:i will (find|hurt|kill) you|you('ll| will) regret|watch your back|bomb)\b)/,
    /\b(?:bedroh|belastig|(?:ich (finde|bringe) (dich|euch)|ich werde (dich|euch|sie) (finden|umbringen|fertigmachen))\b)/,
    /\b(?:amenaz|(?:(te|los|les) voy a (encontrar|matar)|acos(o|ar|ando|a|an|aron|ado|ada))\b)/,
    /\b(?:menac|harcel|(?:je vais (te|vous) (trouver|retrouver|tuer))\b)/,
    /\b(?:ameac|assedi|(?:vou (te|lhe) (encontrar|matar))\b)/,
  ],
  prompt_injection: [
    /\b(ignore|disregard|forget|override) (all |any )?(of )?(the |your |these )?(previous |prior |above |earlier )?(instructions|prompts?|rules|guidelines)\b/,
    /\b(note|message|instructions?) (to|for) (the )?(ai|assistant|bot|llm|language model|chatbot)\b/,
    /\b(system prompt|you are now|act as (an?|the) |developer mode|jailbreak|new instructions:|as an ai (language )?model)\b/,
    /\b((ignoriere|vergiss) (alle )?(deine |die )?(vorherigen |bisherigen )?(anweisungen|instruktionen|regeln)|du bist jetzt)\b/,
    /\b((ignora|olvida) (todas )?(las |tus )?instrucciones( anteriores| previas)?|ahora eres)\b/,
    /\b((ignore|oublie)z? (toutes )?(les |tes |vos )?instructions( precedentes| anterieures)?|tu es maintenant)\b/,
    /\b((ignore|esqueca) (todas )?(as |suas )?instrucoes( anteriores)?|agora voce e)\b/,
  ],
}

const CANCEL = [
  /\b(?:cancel|(?:terminate|close my account)\b)/,
  /\b(?:kundig|storn|(?:abo beenden)\b)/,
  /\b(?:cancel|(?:dar(me)? de baja|(me )?(doy|damos|dare) de baja)\b)/,
  /\b(?:resili|annul|desabonn)/,
  /\b(?:cancel|(?:encerrar minha conta)\b)/,
]
const COMPLAINT = [
  /\b(terrible|awful|worst|unacceptable|ridiculous|disgusted|furious|scam|useless|fed up)\b/,
  /\b(?:unverschamt|katastroph|(?:frechheit|zumutung|inakzeptabel|frech|betrug|sauer|wutend|schlechteste)\b)/,
  /\b(inaceptable|terrible|pesim[oa]|vergonzoso|estafa|harto|indignante)\b/,
  /\b(inacceptable|honteux|scandaleux|arnaque|nul|furieux|en ai marre)\b/,
  /\b(inaceitavel|pessim[oa]|vergonhoso|absurdo|golpe|cansad[oa] disso|revoltad[oa])\b/,
]

const matchesAny = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((re) => re.test(text))

/**
 * Finds the sensitive topics a ticket touches, in any supported language.
 * @example detectSensitiveTopics('I will sue you') // ['legal_threat']
 */
export const detectSensitiveTopics = (text: string): SensitiveTopic[] => {
  const folded = foldText(text)
  const found: SensitiveTopic[] = []
  for (const topic of SENSITIVE_TOPICS) {
    const hit =
      topic === 'cancellation_complaint'
        ? matchesAny(CANCEL, folded) && matchesAny(COMPLAINT, folded)
        : matchesAny(TOPIC_PATTERNS[topic], folded)
    if (hit) found.push(topic)
  }
  return found
}
