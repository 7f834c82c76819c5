import type { LanguagePack } from './types.ts'
import { defineIntent } from './define.ts'

/** French tickets (about 10 % of the training set). */
export const FR_PACK: LanguagePack = {
  lang: 'fr',
  perIntent: 6,
  tones: {
    calm: {
      openers: ['', 'Bonjour,', 'Bonjour à tous,'],
      closers: ['', 'Cordialement, {name}', 'Bien à vous.'],
    },
    polite: {
      openers: ["Bonjour, j'espère que vous allez bien.", "Bonjour, merci d'avance pour votre aide."],
      closers: [
        'Merci beaucoup pour votre aide !',
        'Un grand merci et bonne journée !',
        "Merci d'avance, bien cordialement.",
      ],
    },
    delighted: {
      openers: [
        "On adore Planora, toute l'équipe est ravie !",
        "D'abord bravo, votre application est géniale !",
      ],
      closers: ['Continuez comme ça, vous êtes au top !', 'Mille mercis, service impeccable !'],
    },
    annoyed: {
      openers: ['Ça commence à devenir agaçant.', "J'ai déjà écrit à ce sujet la semaine dernière."],
      closers: [
        'Merci de régler ça enfin.',
        'Honnêtement, je suis déçu.',
        "J'attendais mieux d'un produit payant.",
      ],
    },
    furious: {
      openers: [
        "C'est absolument inacceptable !",
        'Je suis furieux.',
        "C'est la troisième fois que j'écris et RIEN.",
      ],
      closers: [
        "C'est le pire service que j'aie jamais connu.",
        'Si ce n’est pas corrigé tout de suite, nous partons.',
      ],
    },
    urgent: {
      openers: ['URGENT :', 'Merci de traiter ceci en priorité absolue !'],
      closers: [
        "Toute l'équipe est bloquée en ce moment.",
        'Nous avons une livraison client dans deux heures.',
      ],
    },
  },
  slots: {
    name: ['Camille', 'Julien', 'M. Dubois', 'Chloé', 'Antoine', 'Léa'],
    order: ['PD-50977', 'PD-53140', 'PD-56285', 'PD-58712'],
    invoice: ['PLN-2026-003620', 'PLN-2026-004318', 'PLN-2026-004877'],
    amount: ['348 €', '96 €', '1 188 €', '79 €'],
    plan: ['Team', 'Business'],
    app: ['application iOS', 'application Android', 'application web'],
    integration: ['Slack', 'Google Agenda', 'Microsoft Teams'],
    country: ['Belgique', 'Suisse', 'Canada', 'Maroc'],
    month: ['janvier', 'mars', 'juillet', 'octobre'],
    n: ['15', '40', '120'],
    code: ['SYNC-409', 'NET-503'],
  },
  intents: [
    defineIntent(
      'billing low task',
      ['calm', 'polite'],
      ['Facture {invoice}', 'Factures pour la comptabilité', 'Facture de {month}'],
      [
        'Pourriez-vous m’envoyer la facture {invoice} en PDF ? Notre comptable en a besoin.',
        "Nous avons besoin de toutes les factures de l'année avec notre nouvelle adresse.",
        'Merci d’établir la facture de {month} au nom de la société et non au mien.',
      ],
    ),
    defineIntent(
      'billing high incident',
      ['calm', 'annoyed', 'furious'],
      ['Débité deux fois', 'Prélèvement de {amount} inconnu', 'Montant facturé incorrect'],
      [
        'Vous nous avez débité deux fois {amount} ce mois-ci pour l’offre {plan}. Merci de rembourser le doublon.',
        'Je vois un prélèvement de {amount} de Planora alors que nous sommes passés à l’offre Free.',
        'On nous a facturé {amount} pour l’offre {plan}, alors que le site indique un prix bien plus bas.',
      ],
    ),
    defineIntent(
      'account_login normal question',
      ['calm', 'polite', 'annoyed'],
      ['Mot de passe oublié', 'E-mail de réinitialisation introuvable', 'Impossible de me connecter'],
      [
        "J'ai oublié mon mot de passe et je ne peux plus accéder à mon compte. Comment le réinitialiser ?",
        'Je ne reçois pas l’e-mail de réinitialisation du mot de passe, même dans les spams.',
        "L'{app} n'accepte plus mon mot de passe. Que dois-je faire ?",
      ],
    ),
    defineIntent(
      'account_login high incident',
      ['calm', 'annoyed', 'urgent'],
      ['Connexion SSO en panne', 'Téléphone perdu, plus de code 2FA', 'Compte bloqué'],
      [
        'Depuis ce matin, personne ne peut se connecter via SSO, le message « Invalid SAML response » s’affiche.',
        "On m'a volé mon téléphone avec l'application d'authentification et je n'ai pas de codes de secours.",
        'Mon compte est bloqué après trop de tentatives, et ce depuis plus d’une heure.',
      ],
    ),
    defineIntent(
      'technical_problem high incident',
      ['calm', 'annoyed', 'furious', 'urgent'],
      ['Planora ne charge plus', 'Panne en cours ?', "L'application ne répond pas"],
      [
        "L'{app} affiche une page blanche depuis 9 h pour toute l'équipe.",
        'Sur tous nos appareils, nous avons l’erreur {code} et « Serveur injoignable ».',
        'Aucun de nos {n} utilisateurs ne peut ouvrir ses projets, la page charge sans fin.',
      ],
    ),
    defineIntent(
      'technical_problem normal incident',
      ['calm', 'polite', 'annoyed'],
      [
        '{integration} ne se synchronise plus',
        'Plus de notifications',
        'Le Desk Display ne se connecte pas au Wi-Fi',
      ],
      [
        "Depuis lundi, nos tâches n'apparaissent plus dans {integration}, la reconnexion n'y change rien.",
        "Je ne reçois plus aucune notification dans l'{app}, ni pour les commentaires ni pour les échéances.",
        "Le Desk Display s'appaire avec le téléphone mais ne trouve pas notre réseau Wi-Fi.",
      ],
    ),
    defineIntent(
      'bug_report normal problem',
      ['calm', 'annoyed'],
      ['Bug dans la vue calendrier', "L'application plante", "Bug à l'export CSV"],
      [
        'Les tâches dues le vendredi apparaissent le jeudi dans la vue semaine.',
        "L'{app} plante chaque fois que j'ouvre une tâche avec une pièce jointe PDF.",
        "À l'export CSV, les descriptions contenant des virgules sont coupées en plusieurs lignes.",
      ],
    ),
    defineIntent(
      'feature_request low task',
      ['calm', 'polite', 'delighted'],
      ['Suggestion : diagramme de Gantt', 'Idée : suivi du temps', 'Modèles de projet'],
      [
        'Ce serait génial d’avoir une frise chronologique avec des dépendances entre tâches.',
        'Nous aimerions pouvoir saisir le temps passé directement sur chaque tâche.',
        'Pourriez-vous ajouter des modèles de projet ? Nous recréons les mêmes tâches chaque mois.',
      ],
    ),
    defineIntent(
      'how_to low question',
      ['calm', 'polite', 'delighted'],
      ['Tâches récurrentes', 'Raccourcis clavier ?', 'Inviter un client'],
      [
        'Comment faire pour qu’une tâche se répète tous les lundis ?',
        'Existe-t-il une liste des raccourcis clavier pour créer des tâches plus vite ?',
        "Comment inviter un client sur un seul projet sans qu'il voie le reste ?",
      ],
    ),
    defineIntent(
      'how_to normal question',
      ['calm', 'polite'],
      ['Importer depuis Trello', 'Exporter mes données', 'Configurer {integration}'],
      [
        'Nous quittons Trello. Comment importer nos tableaux avec les checklists ?',
        'Comment exporter tous les projets avec les commentaires pour faire une sauvegarde ?',
        'Comment connecter Planora à {integration} pour recevoir les mises à jour dans un canal ?',
      ],
    ),
    defineIntent(
      'shipping_returns normal question',
      ['calm', 'polite', 'annoyed'],
      ['Pas de numéro de suivi', 'Délai de livraison en {country}', 'Où en est ma commande {order} ?'],
      [
        "J'ai commandé un Desk Display il y a une semaine ({order}) et je n'ai toujours pas de numéro de suivi.",
        'Combien de temps prend la livraison en {country} ? Y a-t-il des frais de douane ?',
        'Ma commande {order} est « en préparation » depuis des jours. Quand sera-t-elle expédiée ?',
      ],
    ),
    defineIntent(
      'shipping_returns normal task',
      ['calm', 'polite', 'annoyed'],
      ['Retour de la commande {order}', 'Écran arrivé endommagé', 'Garantie du Desk Display'],
      [
        'Je souhaite retourner mon Desk Display, il n’a pas servi. Commande {order}.',
        "L'écran est arrivé fissuré. Je peux envoyer des photos.",
        "Mon écran ne s'allume plus au bout de 9 mois. Est-ce couvert par la garantie ?",
      ],
    ),
    defineIntent(
      'cancellation normal task',
      ['calm', 'polite', 'annoyed'],
      ['Résilier l’abonnement', 'Résiliation de l’offre {plan}', 'Ne pas renouveler'],
      [
        'Merci de résilier notre abonnement {plan} à la fin de la période en cours.',
        "Nous n'avons plus besoin de Planora et souhaitons résilier. Que deviennent nos données ?",
        'Nous ne voulons pas que l’offre annuelle soit renouvelée automatiquement en {month}.',
      ],
    ),
    defineIntent(
      'complaint normal problem',
      ['annoyed', 'furious'],
      ['Réclamation sur le support', 'Hausse de prix', 'Très mécontent de la refonte'],
      [
        'Mon ticket attend une réponse depuis cinq jours. Ce n’est pas une façon de traiter un client payant.',
        'Augmenter le prix de 30 % avec deux semaines de préavis, nous trouvons ça scandaleux.',
        "Depuis la refonte, tout demande plus de clics et l'équipe se plaint tous les jours.",
      ],
    ),
    defineIntent(
      'security urgent incident',
      ['calm', 'annoyed', 'urgent'],
      ['Connexion suspecte', 'Accès non autorisé à notre espace', 'Compte piraté'],
      [
        "J'ai reçu une alerte de connexion depuis un autre pays et mon mot de passe ne fonctionne plus.",
        "Des tâches que personne de l'équipe n'a créées apparaissent dans notre espace de travail.",
        "Quelqu'un a changé l'adresse e-mail de mon compte et supprimé deux projets.",
      ],
    ),
    defineIntent(
      'other low question',
      ['calm', 'polite', 'delighted'],
      ['Programme partenaires ?', 'Demande presse', 'Juste un merci'],
      [
        'Nous sommes un cabinet qui déploie des outils de planification. Avez-vous un programme partenaires ?',
        "J'écris un article sur les outils pour équipes à distance et j'aimerais interviewer quelqu'un.",
        'Rien à signaler, je voulais juste dire que la nouvelle vue tableau nous fait gagner beaucoup de temps.',
      ],
    ),
  ],
  written: [
    'billing normal task neutral | Numéro de TVA sur les factures\nNous sommes une entreprise française, merci d’ajouter notre numéro de TVA FR40123456789 sur les factures.',
    "billing normal question positive | Paiement annuel\nBonjour ! Combien économise-t-on en passant l'offre Team en paiement annuel ? Merci !",
    "account_login low task neutral | Changer d'adresse e-mail\nComment modifier l'adresse e-mail de mon compte ? Notre nom de domaine a changé.",
    'account_login high incident very_negative | Bloqué depuis trois jours !!\nJe ne peux plus me connecter depuis trois jours à cause de la double authentification et je ne reçois que des réponses automatiques. Inadmissible !',
    'technical_problem normal incident neutral | Erreur SYNC-409\nSur mon iPad, SYNC-409 apparaît tous les matins. Je choisis « Garder ma version » et ça revient le lendemain.',
    "technical_problem urgent incident very_negative | Panne totale en plein lancement\nPlus rien ne fonctionne depuis deux heures, le jour le plus important de l'année. Personne ne répond au téléphone. Catastrophique !",
    'bug_report low problem positive | Petite coquille\nSuper application ! Petit détail : en français le bouton affiche « Enregister » au lieu de « Enregistrer ».',
    "bug_report high problem very_negative | La mise à jour a cassé notre tableau\nDepuis la mise à jour d'hier, les cartes terminées repassent seules en « En cours ». Vous testez vos versions ?",
    "feature_request low question neutral | Mode sombre sur le web ?\nUn mode sombre est-il prévu pour l'application web ? Où peut-on voir la feuille de route ?",
    'feature_request low task very_positive | Une idée de fan\nPlanora est génial, on adore ! Ce serait parfait si les tâches récurrentes sautaient les jours fériés.',
    'how_to low question neutral | Archiver un projet\nComment archiver un projet sans le supprimer ?',
    "how_to normal question negative | Où change-t-on le début de semaine ?\nCela fait une demi-heure que je cherche comment faire commencer le calendrier le lundi. Pourquoi c'est si caché ?",
    'shipping_returns high incident very_negative | Colis perdu\nMa commande PD-55933 est bloquée en douane depuis douze jours et personne ne me répond. Je veux être remboursé !',
    'shipping_returns normal question neutral | Remboursement du retour\nMon retour est arrivé à votre entrepôt la semaine dernière. Quand vais-je voir le remboursement ?',
    "cancellation normal task very_negative | Résiliez MAINTENANT\nRésiliez mon compte immédiatement. L'application a perdu mes modifications deux fois et le support est nul.",
    "cancellation low question neutral | Que se passe-t-il si je résilie ?\nSi nous résilions, gardons-nous l'offre Free avec nos projets ou tout est supprimé ?",
    "complaint high problem very_negative | Réclamation contre votre commercial\nVotre commercial nous a promis le SSO dans l'offre Team, c'est faux. Nous nous sentons trompés.",
    'complaint normal problem negative | E-mails marketing\nJe me suis désabonné trois fois et je reçois toujours votre newsletter chaque semaine.',
    "security high incident neutral | E-mail d'hameçonnage\nPlusieurs collègues ont reçu un e-mail de « Planora Billing » avec un lien vers une fausse page de connexion.",
    'security normal question neutral | Contrat de sous-traitance\nNous avons besoin d’un contrat de sous-traitance RGPD et de votre rapport SOC 2 avant de signer.',
    "other normal task neutral | Droit d'accès RGPD\nJe demande une copie de toutes les données personnelles que vous détenez à mon sujet.",
    "other low question very_positive | Merci à Inès !\nInès, du support, a réglé notre problème d'import en dix minutes et a été adorable. Merci !",
  ],
}
