import type { SensitiveTopic } from './sensitive-topics.ts'

/**
 * Phrases that name a sensitive topic outright, in en, de, es, fr and pt. They run on text normalised by
 * `normalizeForMatching` (lowercase, no accents, look-alikes folded), and they ask for context where a bare word
 * would also fit an everyday question ("my lawyer asked for an invoice", "what is your refund policy"). The
 * trained topic scorer covers paraphrases; these keep the plain cases certain.
 */
export const TOPIC_PATTERNS: Record<Exclude<SensitiveTopic, 'cancellation_complaint'>, readonly RegExp[]> = {
  legal_threat: [
    /\b(lawsuits?|sue (you|your|the company|planora|them)|i('ll| will| am going to|'m going to) sue|suing|legal action|legal proceedings|small claims|class action|take (you|this|it) to court|see you in court|(?<!for )(my|our) (lawyers?|attorneys?|solicitors?)(?! (asked|asks|needs?|wants?|requested|requests|requires?|would like)\b)|(my|our) legal team (will|is going to|are going to|'ll|shall)|(contact|call|hire|consult|involve|instruct|get) (my|our|a) (lawyer|attorney|solicitor)|hear from (my|our) (lawyer|attorney|solicitor)s?|(hand|pass|give|refer|turn) (the matter|this|it|the case)( over)? to (my|our) (lawyers?|attorneys?|solicitors?|legal team))\b/,
    /\b(verklagen|klage (einreichen|erheben)|rechtliche schritte|vor gericht|(mein|unser) (anwalt|rechtsanwalt|anwaltin) (wird|meldet)|anwalt (einschalten|einschalte|nehmen|beauftragen)|abmahnung)\b/,
    /\b(demandar(los|les|emos|e)?|voy a demandar|acciones legales|accion judicial|(mi|nuestro) abogad[oa] (se pondra|les|va|ira)|a los tribunales|denunciar(los|les)?|poner una denuncia)\b/,
    /\b(porter plainte|action en justice|mise en demeure|poursuites? judiciaires?|vous poursuivre|au tribunal|(mon|notre) avocat (va|vous|se))\b/,
    /\b(processar|processo judicial|acao judicial|procon|(meu|nosso) advogad[oa] (vai|ira|entrara)|na justica)\b/,
  ],
  data_loss: [
    /\b(data loss|lost (all )?(of )?(my|our) (data|files|work|notes|projects|tasks)|(data|files|records|projects|tasks|notes|everything) (are|is|were|was|have been|has been) (all )?(gone|deleted|wiped|erased|lost)|(files|data|records|projects|tasks|notes) (have |has )?(disappeared|vanished))\b/,
    /\b(datenverlust|(daten|dateien|projekte|aufgaben|notizen) (sind )?(alle )?(weg|verloren|geloscht|verschwunden)|alle daten verloren)\b/,
    /\b(perdida de datos|perdi (todos )?(mis|los) (datos|archivos)|(datos|archivos|proyectos|tareas|notas) (borrados|perdidos|desaparecieron|se borraron|se perdieron)|se (borraron|perdieron) (todos )?(los|mis) (datos|archivos|proyectos))\b/,
    /\b(perte de donnees|(donnees|fichiers|projets|taches|notes) (ont )?(perdu[es]*|efface[es]*|supprime[es]*|disparu[es]*|ete (effaces|supprimes|perdus))|perdu (toutes )?(mes|nos) donnees)\b/,
    /\b(perda de dados|perdi (todos )?(os )?(meus )?(dados|arquivos)|(dados|arquivos|projetos|tarefas) (apagados|perdidos|sumiram|desapareceram|foram apagados))\b/,
  ],
  security_incident: [
    /\b(hack(ed|ers?)|breach(ed)?|compromised|unauthori[sz]ed (access|login|sign ?in)|account takeover|phishing|someone (else )?(logged|got|broke|is) in(to)?|someone (else )?accessed (my|our) account|someone else is (in|using) my account|stolen (account|password|credentials)|malware|ransomware|(password )?reset (email|link|code)s? (that )?i (did not|didn't|never) request)\b/,
    /\b((took|taken|taking) over (my|our) account|(my|our) account (was|has been|got|is being) (hijacked|taken over)|hijack(ed|ing)? (my|our) account|(e-?mail|password|phone number)( address)? (was|has been|got) changed .{0,60}(not me|was ?n[o']t me|(did not|didn't|never) (do|change|ask)|(do not|don't) recogni[sz]e))\b/,
    /\b(gehackt|hacker|datenleck|unbefugte?r? zugriff|kompromittiert|phishing|konto (wurde )?ubernommen|jemand (anderes )?hat sich .{0,60}(eingeloggt|angemeldet)|(passwort|code|e-?mail|link).{0,60}nicht angefordert)\b/,
    /\b(konto (wurde |ist )?(gekapert|ubernommen|entfuhrt)|(e-?mail|passwort|telefonnummer)(-?adresse)? (wurde|ist) .{0,40}geandert.{0,60}(nicht ich|nicht von mir|nicht selbst|(kenne|erkenne) ich nicht))\b/,
    /\b(hackea(do|ron)|pirate(ado|aron)|acceso no autorizado|brecha de seguridad|suplantacion|phishing|alguien (entro|accedio|se metio|ha entrado|ha accedido|esta usando) (en|a)? ?(mi|nuestra) cuenta)\b/,
    /\b((robaron|robado|secuestraron|secuestrado|tomaron el control de|se apoderaron de) (la|mi|nuestra) cuenta|cambiaron (mi|el) (correo|email|e-?mail|contrasena|telefono) sin (mi )?(permiso|autorizacion))\b/,
    /\b(pirate|piratage|compte (a ete )?pirate|acces non autorise|fuite de donnees|hameconnage|phishing|quelqu ?'?un (s'?est connecte|a accede|est entre|utilise) (a |sur |dans )?(mon|notre) compte)\b/,
    /\b((pris le controle de|vole|detourne) (mon|notre) compte|mon compte (a ete )?(vole|detourne)|(on|quelqu ?'?un) a change mon (mot de passe|e-?mail|adresse e-?mail|numero) sans)\b/,
    /\b(hackead[oa]|invadid[oa]|acesso nao autorizado|vazamento de dados|conta (foi )?roubada|phishing|alguem (entrou|acessou|invadiu|esta usando) (na|a|em)? ?(minha|nossa) conta)\b/,
    /\b((roubaram|sequestraram|tomaram|clonaram) (a )?(minha|nossa) conta|mudaram (o )?(meu )?(e-?mail|senha|telefone) sem (minha )?(permissao|autorizacao))\b/,
  ],
  gdpr_request: [
    /\b(gdpr|ccpa|right to (be forgotten|erasure|access)|(delete|erase|remove) (all )?(of )?(my|our) (personal )?(data|information|account data)|(delete|erase|remove) (all )?(of )?the (personal )?(data|information) (you (hold|have|store|keep) )?(about|on) (me|us)|data (subject )?access request|dsar|copy of (all )?(the |my )?personal (data|information))\b/,
    /\b(dsgvo|datenschutz-?grundverordnung|loschung meiner daten|meine daten (loschen|lschen)|auskunft nach art|art\.? 15)\b/,
    /\b(rgpd|derecho al olvido|derecho de acceso|borr(ar|en) (todos )?mis datos|eliminar mis datos personales)\b/,
    /\b(rgpd|droit a l'?oubli|droit d'?acces|supprim(er|ez) (toutes )?mes donnees|effacement de mes donnees)\b/,
    /\b(lgpd|direito ao esquecimento|(apagar|excluir|apaguem|excluam) (todos )?(os )?meus dados)\b/,
  ],
  billing_dispute: [
    /\b((want|need|demand|request|expect|get|requesting|demanding) (a |my |the |an immediate )?(full )?refund|refund (me|my money|the (charge|payment|difference|duplicate))|money back|double[- ]?(charged|billed|charge)|(charged|billed|debited) (me |us |my card |our card |my account |our account )?(twice|two times|double)|duplicate (charge|payment|transaction)|overcharged|wrong(ly)? charged|billing (error|dispute|mistake)|unauthori[sz]ed charge)\b/,
    /\b((mochte|will|verlange|fordere|bitte um) (eine |die |mein |meine )?(ruckerstattung|erstattung|geld zuruck)|zuruckerstatten|erstatten sie|geld zuruck|doppelbuchung|doppelt(e|en)? (abbuchung|belastung|zahlung|buchung|abgebucht|berechnet|belastet)|(zweimal|doppelt) (abgebucht|berechnet|belastet)|falsch berechnet)\b/,
    /\b((quiero|exijo|solicito|necesito|pido) (un |el |mi )?reembolso|reembolsen(me)?|que me (reembolsen|devuelvan)|devuelvan (el|mi) dinero|devolver(me)? el dinero|cobr(o|aron|ado) dos veces|doble cobro|cargo (duplicado|doble|indebido)|cobro (duplicado|indebido))\b/,
    /\b(?:(demande|exige|veux|voudrais|souhaite) (un |le |mon |d'etre )?rembours|(me rembourser|remboursez(-moi)?|(debite|preleve|facture) deux fois|double (prelevement|facturation|debit)|prelev(e|ement) (en trop|a tort))\b)/,
    /\b((quero|exijo|solicito|preciso|peco) (o |um |meu )?reembolso|estornar|dinheiro de volta|cobrad[oa] (duas vezes|em dobro)|cobranca (duplicada|indevida|em dobro))\b/,
  ],
  chargeback: [
    /\b(charge ?back|dispute (the|this) (charge|payment)|contact(ing)? my bank|credit card company)\b/,
    /\b(?:zuruckbuch|(ruckbuchung|lastschrift (zuruckgeben|widerrufen)|meine bank (kontaktieren|einschalten))\b)/,
    /\b(contracargo|disputar el cargo|contactar (a|con) mi banco)\b/,
    /\b(retrofacturation|contester le (prelevement|paiement) aupres de ma banque|opposition bancaire)\b/,
    /\b(chargeback|contestar a cobranca|acionar (o )?meu banco)\b/,
  ],
  accessibility_discrimination: [
    /\b(?:discriminat|racis[tm]|sexis[tm]|(?:ada compliance|(not|isn't|is not) accessible|accessibility (issue|complaint|barrier)|(can't|cannot|does not|doesn't|won't) (work|be used) with (my |a )?screen ?reader|visually impaired|wcag)\b)/,
    /\b(?:diskriminier|rassis|sexis|(nicht barrierefrei|mit (meinem )?screenreader (nicht|kaum))\b)/,
    /\b(?:discrimina|racis|sexis|(no es accesible)\b)/,
    /\b(?:discrimin|racis|sexis|(pas accessible)\b)/,
    /\b(?:discrimina|racis|machis|(nao e acessivel)\b)/,
  ],
  self_harm: [
    /\b(?:suicid|(?:kill myself|end (my life|it all)|take my (own )?life|self[- ]harm|hurt(ing)? myself|want to die|(do ?n[o']t|no longer) want to (live|be alive|be here)|better off without me|no reason to live)\b)/,
    /\b(?:suizid|(umbringen|selbstmord|mein leben beenden|mich verletzen|nicht mehr leben)\b)/,
    /\b(?:suicid|(matarme|quitarme la vida|hacerme dano|no quiero (seguir )?vivir)\b)/,
    /\b(?:suicid|(me tuer|mettre fin a (ma|mes) (vie|jours)|me faire du mal|plus vivre)\b)/,
    /\b(?:suicid|(me matar|tirar (a )?minha (propria )?vida|me machucar|nao quero mais viver)\b)/,
  ],
  violent_threat: [
    /\b(i('ll| will| am going to|'m going to) (find|hurt|kill|shoot|stab|beat|come for) you|watch your back|bomb|(burn|blow) (up |down )?(your|the) (office|building|store)|i know where (you|your [a-z]{1,20}) (live|lives|work|is|are))\b/,
    /\b(ich (finde|bringe) (dich|euch)|ich werde (dich|euch|sie) (finden|umbringen|fertigmachen)|bombe)\b/,
    /\b((te|los|les) voy a (encontrar|matar)|bomba|se donde (vives|viven|trabajas))\b/,
    /\b(je vais (te|vous) (trouver|retrouver|tuer)|bombe|je sais ou (tu|vous) (habitez|habites|travaillez))\b/,
    /\b(vou (te|lhe) (encontrar|matar|pegar)|bomba|sei onde (voce|voces) (mora|trabalha))\b/,
  ],
  harassment: [
    /\b(?:harass|(stalk(ing|ed|s)?|sexual (comments|advances|harassment))\b)/,
    /\b(?:belastig|stalk)/,
    /\b(acos(o|ar|ando|a|an|aron|ado|ada))\b/,
    /\b(?:harcel)/,
    /\b(?:assedi|(perseguindo)\b)/,
  ],
  prompt_injection: [
    /\b(ignore|disregard|forget|override) (all |any )?(of )?(the |your |these )?(previous |prior |above |earlier )?(instructions|prompts?|rules|guidelines)\b/,
    /\b(note|message|instructions?) (to|for) (the )?(ai|assistant|bot|llm|language model|chatbot)\b/,
    /\b(system prompt|you are now|act as (an?|the) |developer mode|jailbreak|new instructions:|as an ai (language )?model|if you are an? (ai|bot|language model|assistant))\b/,
    /<!--[^>]{0,400}\b(ai|assistant|bot|model|instructions?|system|reply|respond|approve|refund)\b/,
    /\b((ignoriere|vergiss) (alle )?(deine |die )?(vorherigen |bisherigen )?(anweisungen|instruktionen|regeln)|du bist jetzt)\b/,
    /\b((ignora|olvida) (todas )?(las |tus )?instrucciones( anteriores| previas)?|ahora eres)\b/,
    /\b((ignore|oublie)z? (toutes )?(les |tes |vos )?instructions( precedentes| anterieures)?|tu es maintenant)\b/,
    /\b((ignore|esqueca) (todas )?(as |suas )?instrucoes( anteriores)?|agora voce e)\b/,
  ],
  mass_outage: [
    /\b((down|not loading|not working|unreachable|offline) for (everyone|everybody|all (of )?(our |my )?(users|team|staff|employees|colleagues|customers))|(nobody|no one|none of (us|our [a-z]{1,20})) (in|at|on) (our|the|my) [^.!?\n]{0,40}can (log ?in|sign ?in|access|load|open|use)|is there an outage|outage (right now|today|again)|(whole|entire) (team|company|office|organi[sz]ation) (is |are |can't |cannot )?(blocked|down|locked out))\b/,
    /\b(ausfall|storung (bei|fur) alle|niemand (bei uns|in unserem|in unserer)|alle (nutzer|mitarbeiter|kollegen) .{0,30}(nicht|kein))\b/,
    /\b(caida (del|de la) (servicio|plataforma)|nadie (en|de) (la|nuestra|mi) (empresa|oficina|equipo)|todos (los usuarios|mis companeros|nuestros usuarios) .{0,30}no)\b/,
    /\b(panne (generale|totale)|personne (dans|chez) (l'entreprise|notre|nous)|tous (les utilisateurs|nos utilisateurs|mes collegues) .{0,30}(ne|pas))\b/,
    /\b(fora do ar|ninguem (na|da) (empresa|equipe)|todos (os usuarios|da equipe) .{0,30}(nao|sem))\b/,
  ],
}

/** Words of a cancellation; with a complaint they make `cancellation_complaint`. */
export const CANCEL_PATTERNS: readonly RegExp[] = [
  /\b(?:cancel|(terminate|close my account)\b)/,
  /\b(?:kundig|storn|(abo beenden)\b)/,
  /\b(?:cancel|(dar(me)? de baja|(me )?(doy|damos|dare) de baja)\b)/,
  /\b(?:resili|annul|desabonn)/,
  /\b(?:cancel|(encerrar minha conta)\b)/,
]

/** Words of a complaint. */
export const COMPLAINT_PATTERNS: readonly RegExp[] = [
  /\b(terrible|awful|worst|unacceptable|ridiculous|disgusted|furious|scam|useless|fed up)\b/,
  /\b(?:unverschamt|katastroph|(frechheit|zumutung|inakzeptabel|frech|betrug|sauer|wutend|schlechteste)\b)/,
  /\b(inaceptable|terrible|pesim[oa]|vergonzoso|estafa|harto|indignante)\b/,
  /\b(inacceptable|honteux|scandaleux|arnaque|nul|furieux|en ai marre)\b/,
  /\b(inaceitavel|pessim[oa]|vergonhoso|absurdo|golpe|cansad[oa] disso|revoltad[oa])\b/,
]
