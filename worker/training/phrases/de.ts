import type { LanguagePack } from './types.ts'
import { defineIntent } from './define.ts'

/** German tickets (about 10 % of the training set). */
export const DE_PACK: LanguagePack = {
  lang: 'de',
  perIntent: 6,
  tones: {
    calm: {
      openers: ['', 'Hallo,', 'Guten Tag,', 'Hallo Support-Team,'],
      closers: ['', 'Viele Grüße, {name}', 'Gruß {name}'],
    },
    polite: {
      openers: ['Hallo liebes Planora-Team,', 'Guten Tag, vielen Dank vorab für Ihre Hilfe.'],
      closers: [
        'Vielen Dank für Ihre Unterstützung!',
        'Danke schön und einen schönen Tag noch!',
        'Herzlichen Dank im Voraus.',
      ],
    },
    delighted: {
      openers: [
        'Wir lieben Planora, das Team ist total begeistert!',
        'Erstmal ein großes Lob für eure tolle App!',
      ],
      closers: ['Macht weiter so, ihr seid super!', 'Vielen, vielen Dank, großartiger Service!'],
    },
    annoyed: {
      openers: ['Langsam wird es ärgerlich.', 'Ich habe mich deswegen schon letzte Woche gemeldet.'],
      closers: [
        'Bitte kümmern Sie sich endlich darum.',
        'Ehrlich gesagt bin ich enttäuscht.',
        'Für ein bezahltes Produkt erwarte ich mehr.',
      ],
    },
    furious: {
      openers: [
        'Das ist absolut inakzeptabel!',
        'Ich bin stinksauer.',
        'Zum dritten Mal schreibe ich und NICHTS passiert.',
      ],
      closers: [
        'So einen schlechten Service habe ich noch nie erlebt.',
        'Wenn das nicht sofort behoben wird, sind wir weg.',
      ],
    },
    urgent: {
      openers: ['DRINGEND:', 'Bitte sofort eskalieren!'],
      closers: [
        'Unser ganzes Team kann gerade nicht arbeiten.',
        'Wir haben in zwei Stunden eine Kundenpräsentation.',
      ],
    },
  },
  slots: {
    name: ['Jonas', 'Anna M.', 'Katrin', 'Herr Schulz', 'Lena', 'Markus'],
    order: ['PD-51290', 'PD-53317', 'PD-56022', 'PD-58841'],
    invoice: ['PLN-2026-003377', 'PLN-2026-004215', 'PLN-2026-004689'],
    amount: ['348 €', '96 €', '1.188 €', '79 €'],
    plan: ['Team', 'Business'],
    app: ['iOS-App', 'Android-App', 'Web-App'],
    integration: ['Slack', 'Google Kalender', 'Microsoft Teams'],
    month: ['Januar', 'März', 'Juli', 'Oktober'],
    n: ['15', '40', '120'],
    code: ['SYNC-409', 'NET-503'],
  },
  intents: [
    defineIntent(
      'billing low task',
      ['calm', 'polite'],
      ['Rechnung {invoice} benötigt', 'Rechnungen für die Buchhaltung', 'Rechnung für {month}'],
      [
        'Können Sie mir die Rechnung {invoice} als PDF schicken? Unsere Buchhaltung braucht sie für den Monatsabschluss.',
        'Wir benötigen alle Rechnungen dieses Jahres mit unserer neuen Firmenadresse.',
        'Bitte stellen Sie die Rechnung für {month} auf unsere GmbH statt auf meinen Namen aus.',
      ],
    ),
    defineIntent(
      'billing high incident',
      ['calm', 'annoyed', 'furious'],
      ['Doppelt abgebucht', 'Abbuchung von {amount}', 'Falscher Betrag abgebucht'],
      [
        'Uns wurden diesen Monat zweimal {amount} für den {plan}-Tarif abgebucht. Bitte erstatten Sie die doppelte Zahlung.',
        'Auf meinem Kontoauszug steht eine Abbuchung von {amount}, obwohl wir auf Free gewechselt haben.',
        'Uns wurden {amount} für den {plan}-Tarif berechnet, laut Preisseite sollte es deutlich weniger sein.',
      ],
    ),
    defineIntent(
      'account_login normal question',
      ['calm', 'polite', 'annoyed'],
      ['Passwort vergessen', 'Keine E-Mail zum Zurücksetzen', 'Kann mich nicht anmelden'],
      [
        'Ich habe mein Passwort vergessen und komme nicht mehr in mein Konto. Wie kann ich es zurücksetzen?',
        'Die E-Mail zum Zurücksetzen des Passworts kommt nicht an, auch nicht im Spam-Ordner.',
        'Mein Passwort wird in der {app} nicht mehr akzeptiert. Was soll ich tun?',
      ],
    ),
    defineIntent(
      'account_login high incident',
      ['calm', 'annoyed', 'urgent'],
      ['SSO-Anmeldung funktioniert nicht', 'Handy verloren, kein 2FA-Code', 'Konto gesperrt'],
      [
        'Seit heute Morgen kann sich niemand bei uns per SSO anmelden, es erscheint "Invalid SAML response".',
        'Mein Handy mit der Authenticator-App wurde gestohlen und ich habe keine Backup-Codes.',
        'Mein Konto ist nach zu vielen Anmeldeversuchen gesperrt, und das seit über einer Stunde.',
      ],
    ),
    defineIntent(
      'technical_problem high incident',
      ['calm', 'annoyed', 'furious', 'urgent'],
      ['Planora lädt nicht', 'Störung?', 'App nicht erreichbar'],
      [
        'Die {app} zeigt seit 9 Uhr nur eine weiße Seite, bei allen Kollegen im Büro.',
        'Wir bekommen auf allen Geräten den Fehler {code} und "Server nicht erreichbar".',
        'Keiner unserer {n} Nutzer kann seine Projekte öffnen, die Seite lädt endlos.',
      ],
    ),
    defineIntent(
      'technical_problem normal incident',
      ['calm', 'polite', 'annoyed'],
      [
        '{integration} synchronisiert nicht',
        'Keine Benachrichtigungen mehr',
        'Desk Display verbindet sich nicht mit WLAN',
      ],
      [
        'Seit Montag erscheinen unsere Aufgaben nicht mehr in {integration}, erneutes Verbinden hilft nicht.',
        'Ich bekomme in der {app} keine Benachrichtigungen mehr, weder für Kommentare noch für Fälligkeiten.',
        'Das Desk Display koppelt sich mit dem Handy, findet aber unser WLAN nicht.',
      ],
    ),
    defineIntent(
      'bug_report normal problem',
      ['calm', 'annoyed'],
      ['Fehler in der Kalenderansicht', 'App stürzt ab', 'Bug beim CSV-Export'],
      [
        'Aufgaben mit Fälligkeit Freitag werden in der Wochenansicht am Donnerstag angezeigt.',
        'Die {app} stürzt jedes Mal ab, wenn ich eine Aufgabe mit PDF-Anhang öffne.',
        'Beim CSV-Export werden Beschreibungen mit Kommas in mehrere Zeilen zerlegt.',
      ],
    ),
    defineIntent(
      'feature_request low task',
      ['calm', 'polite', 'delighted'],
      ['Funktionswunsch: Zeiterfassung', 'Idee: Gantt-Diagramm', 'Vorschlag für Vorlagen'],
      [
        'Es wäre toll, wenn man Zeit direkt an Aufgaben erfassen könnte.',
        'Wir wünschen uns eine Zeitleiste mit Abhängigkeiten zwischen Aufgaben.',
        'Könnten Sie Projektvorlagen einführen? Wir legen jeden Monat dieselben Aufgaben an.',
      ],
    ),
    defineIntent(
      'how_to low question',
      ['calm', 'polite', 'delighted'],
      ['Wiederkehrende Aufgaben', 'Tastenkürzel?', 'Gäste einladen'],
      [
        'Wie kann ich eine Aufgabe jeden Montag automatisch wiederholen lassen?',
        'Gibt es eine Liste der Tastenkürzel? Ich möchte schneller Aufgaben anlegen.',
        'Wie lade ich einen externen Dienstleister nur zu einem Projekt ein?',
      ],
    ),
    defineIntent(
      'how_to normal question',
      ['calm', 'polite'],
      ['Import aus Trello', 'Daten exportieren', '{integration} einrichten'],
      [
        'Wir wechseln von Trello. Wie importieren wir unsere Boards mit den Checklisten?',
        'Wie exportiere ich alle Projekte inklusive Kommentare als Sicherung?',
        'Wie verbinde ich Planora mit {integration}, damit Updates in einem Kanal landen?',
      ],
    ),
    defineIntent(
      'shipping_returns normal question',
      ['calm', 'polite', 'annoyed'],
      ['Keine Sendungsnummer erhalten', 'Lieferzeit Desk Display', 'Wo bleibt meine Bestellung {order}?'],
      [
        'Ich habe vor einer Woche ein Desk Display bestellt ({order}) und noch keine Sendungsnummer bekommen.',
        'Wie lange dauert der Versand nach Österreich? Fallen Zollgebühren an?',
        'Meine Bestellung {order} steht seit Tagen auf "in Bearbeitung". Wann wird sie verschickt?',
      ],
    ),
    defineIntent(
      'shipping_returns normal task',
      ['calm', 'polite', 'annoyed'],
      ['Rücksendung {order}', 'Display beschädigt angekommen', 'Garantiefall Desk Display'],
      [
        'Ich möchte mein Desk Display zurückschicken, es ist unbenutzt. Bestellung {order}.',
        'Das Display kam mit einem Riss im Bildschirm an. Fotos kann ich schicken.',
        'Mein Display geht nach 9 Monaten nicht mehr an. Ist das ein Garantiefall?',
      ],
    ),
    defineIntent(
      'cancellation normal task',
      ['calm', 'polite', 'annoyed'],
      ['Abo kündigen', 'Kündigung {plan}-Tarif', 'Automatische Verlängerung stoppen'],
      [
        'Bitte kündigen Sie unser {plan}-Abo zum Ende der Laufzeit.',
        'Wir brauchen Planora nicht mehr und möchten kündigen. Was passiert mit unseren Daten?',
        'Bitte verlängern Sie unser Jahresabo im {month} nicht automatisch.',
      ],
    ),
    defineIntent(
      'complaint normal problem',
      ['annoyed', 'furious'],
      ['Beschwerde über den Support', 'Preiserhöhung', 'Sehr unzufrieden mit dem Redesign'],
      [
        'Seit fünf Tagen wartet mein Ticket auf eine Antwort. So geht man nicht mit zahlenden Kunden um.',
        'Die Preiserhöhung um 30 % mit zwei Wochen Vorlauf finden wir unverschämt.',
        'Seit dem Redesign braucht alles mehr Klicks und das Team beschwert sich täglich bei mir.',
      ],
    ),
    defineIntent(
      'security urgent incident',
      ['calm', 'annoyed', 'urgent'],
      ['Unbekannte Anmeldung aus dem Ausland', 'Fremder Zugriff auf unseren Workspace', 'Konto gehackt'],
      [
        'Ich habe eine Anmeldewarnung aus einem anderen Land bekommen und mein Passwort funktioniert nicht mehr.',
        'In unserem Workspace tauchen Aufgaben auf, die niemand von uns angelegt hat.',
        'Jemand hat die E-Mail-Adresse meines Kontos geändert und zwei Projekte gelöscht.',
      ],
    ),
    defineIntent(
      'other low question',
      ['calm', 'polite', 'delighted'],
      ['Partnerprogramm?', 'Presseanfrage', 'Einfach mal danke'],
      [
        'Wir sind eine Agentur und richten Planungstools für Kunden ein. Gibt es ein Partnerprogramm?',
        'Ich schreibe einen Artikel über Tools für Remote-Teams und würde gern jemanden interviewen.',
        'Kein Problem, ich wollte nur sagen, dass die neue Board-Ansicht uns viel Zeit spart.',
      ],
    ),
  ],
  written: [
    'billing normal task neutral | USt-IdNr. nachtragen\nWir sind ein Unternehmen in Deutschland und wurden mit Umsatzsteuer belastet. Bitte tragen Sie unsere USt-IdNr. DE284710395 nach.',
    'billing normal question positive | Jährliche Zahlung\nHallo, was sparen wir, wenn wir den Team-Tarif jährlich statt monatlich zahlen? Danke!',
    'account_login low task neutral | E-Mail-Adresse ändern\nWie ändere ich die E-Mail-Adresse meines Kontos? Unsere Domain hat sich geändert.',
    'account_login high incident very_negative | Seit drei Tagen ausgesperrt!!\nIch komme wegen der Zwei-Faktor-Authentifizierung seit drei Tagen nicht in mein Konto und bekomme nur automatische Antworten. Unmöglich!',
    'technical_problem normal incident neutral | Fehler SYNC-409\nAuf dem iPad erscheint jeden Morgen SYNC-409. Ich wähle "Meine behalten", am nächsten Tag kommt der Fehler wieder.',
    'technical_problem urgent incident very_negative | Totalausfall mitten im Launch\nSeit zwei Stunden geht gar nichts, und das an unserem wichtigsten Tag des Jahres. Niemand geht ans Telefon. Katastrophe!',
    'bug_report low problem positive | Kleiner Tippfehler\nTolle App! Kleiner Hinweis: In der deutschen Oberfläche steht "Aufgabe erstelen" statt "erstellen".',
    'bug_report high problem very_negative | Update hat unser Board kaputt gemacht\nSeit dem gestrigen Update springen erledigte Karten von selbst zurück auf "In Arbeit". Testet ihr eure Releases überhaupt?',
    'feature_request low question neutral | Dunkelmodus für die Web-App?\nIst ein Dunkelmodus für die Web-App geplant? Wo finde ich eure Roadmap?',
    'feature_request low task very_positive | Wunsch von einem Fan\nPlanora ist großartig, wir lieben es! Wenn wiederkehrende Aufgaben Feiertage überspringen könnten, wäre es perfekt.',
    'how_to low question neutral | Projekt archivieren\nWie archiviere ich ein Projekt, ohne es zu löschen?',
    'how_to normal question negative | Wo stellt man den Wochenbeginn ein?\nIch suche seit einer halben Stunde, wie der Kalender am Montag beginnt. Warum ist das so versteckt?',
    'shipping_returns high incident very_negative | Paket verschwunden\nMeine Bestellung PD-55902 steht seit zwölf Tagen beim Zoll und niemand antwortet mir. Ich will mein Geld zurück!',
    'shipping_returns normal question neutral | Erstattung für Rücksendung\nMeine Rücksendung ist seit letzter Woche bei Ihnen. Wann kommt die Erstattung?',
    'cancellation normal task very_negative | SOFORT kündigen\nKündigen Sie mein Konto sofort. Die App hat zweimal meine Änderungen verloren und der Support ist nutzlos.',
    'cancellation low question neutral | Was passiert nach der Kündigung?\nBehalten wir nach der Kündigung den Free-Tarif mit unseren Projekten oder wird alles gelöscht?',
    'complaint high problem very_negative | Beschwerde über Ihren Vertrieb\nIhr Vertrieb hat uns SSO im Team-Tarif zugesagt. Das stimmt nicht. Wir fühlen uns getäuscht und erwarten eine Stellungnahme.',
    'complaint normal problem negative | Werbe-E-Mails\nIch habe mich dreimal abgemeldet und bekomme trotzdem jede Woche Ihren Newsletter.',
    'security high incident neutral | Phishing-Mail im Namen von Planora\nMehrere Kollegen haben eine E-Mail von "Planora Billing" mit einem Link zu einer fremden Anmeldeseite bekommen.',
    'security normal question neutral | Auftragsverarbeitungsvertrag\nWir benötigen einen AV-Vertrag nach DSGVO und Ihren SOC-2-Bericht, bevor wir Planora einführen.',
    'other normal task neutral | Auskunft nach DSGVO\nBitte senden Sie mir eine Kopie aller personenbezogenen Daten, die Sie über mich speichern.',
    'other low question very_positive | Danke an Jana!\nJana aus dem Support hat unser Importproblem in zehn Minuten gelöst und war super freundlich. Danke!',
  ],
}
