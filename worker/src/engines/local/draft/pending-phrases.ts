import type { Tone } from '@deskmate/shared'
import type { DraftLanguage } from './draft-phrases.ts'

/**
 * The parts of a draft that answers nothing yet: it acknowledges the request, apologises when the customer is
 * upset and says what happens next. No deadline: only an article may promise one.
 */
export type PendingPhrases = {
  acknowledge: Record<Tone, string>
  apology: Record<Tone, string>
  nextStep: Record<Tone, string>
  closing: Record<Tone, string>
  /** Points to an article that is not written in the reply's language. */
  linkOnly: (url: string) => string
}

/** Pending-draft phrases per language (the same languages as `DRAFT_PHRASES`). */
export const PENDING_PHRASES: Record<DraftLanguage, PendingPhrases> = {
  en: {
    acknowledge: {
      friendly: 'Thanks for reaching out about this.',
      formal: 'Thank you for contacting us.',
      concise: 'Thanks for your message.',
    },
    apology: {
      friendly: "I'm sorry about the trouble this has caused you.",
      formal: 'We sincerely apologise for the inconvenience this has caused.',
      concise: 'Sorry for the trouble.',
    },
    nextStep: {
      friendly: 'A member of our team will look into this personally and get back to you here.',
      formal: 'A member of our support team will review your request and reply to you in this conversation.',
      concise: 'An agent will look into it and reply here.',
    },
    closing: {
      friendly:
        'If you have any details to add in the meantime, such as screenshots or the steps you took, just reply to this message.',
      formal: 'Should you wish to add any details in the meantime, please reply to this message.',
      concise: 'Reply with any details that could help.',
    },
    linkOnly: (url) => `The guide is available here: ${url}`,
  },
  de: {
    acknowledge: {
      friendly: 'Danke, dass Sie sich bei uns melden.',
      formal: 'Vielen Dank für Ihre Nachricht.',
      concise: 'Danke für Ihre Nachricht.',
    },
    apology: {
      friendly: 'Es tut mir leid, dass Ihnen das Ärger bereitet.',
      formal: 'Wir bitten vielmals um Entschuldigung für die entstandenen Unannehmlichkeiten.',
      concise: 'Entschuldigen Sie die Umstände.',
    },
    nextStep: {
      friendly: 'Jemand aus unserem Team sieht sich das persönlich an und meldet sich hier bei Ihnen.',
      formal:
        'Ein Mitarbeiter unseres Support-Teams prüft Ihre Anfrage und antwortet Ihnen in diesem Gespräch.',
      concise: 'Ein Mitarbeiter prüft das und antwortet hier.',
    },
    closing: {
      friendly:
        'Wenn Sie in der Zwischenzeit weitere Details haben, etwa Screenshots oder die einzelnen Schritte, antworten Sie einfach auf diese Nachricht.',
      formal:
        'Sollten Sie in der Zwischenzeit weitere Angaben ergänzen wollen, antworten Sie bitte auf diese Nachricht.',
      concise: 'Antworten Sie gern mit weiteren Details.',
    },
    linkOnly: (url) => `Die Anleitung finden Sie hier: ${url}`,
  },
  es: {
    acknowledge: {
      friendly: '¡Gracias por escribirnos!',
      formal: 'Gracias por ponerse en contacto con nosotros.',
      concise: 'Gracias por su mensaje.',
    },
    apology: {
      friendly: 'Siento mucho las molestias que te ha causado.',
      formal: 'Le pedimos disculpas por las molestias ocasionadas.',
      concise: 'Disculpe las molestias.',
    },
    nextStep: {
      friendly: 'Una persona de nuestro equipo lo revisará personalmente y te responderá aquí.',
      formal:
        'Un miembro de nuestro equipo de soporte revisará su solicitud y le responderá en esta conversación.',
      concise: 'Un agente lo revisará y le responderá aquí.',
    },
    closing: {
      friendly:
        'Si mientras tanto quieres añadir algún detalle, como capturas de pantalla o los pasos que seguiste, responde a este mensaje.',
      formal: 'Si desea añadir algún detalle mientras tanto, responda a este mensaje.',
      concise: 'Responda con cualquier detalle que pueda ayudar.',
    },
    linkOnly: (url) => `La guía está disponible aquí: ${url}`,
  },
  fr: {
    acknowledge: {
      friendly: 'Merci pour votre message !',
      formal: 'Nous vous remercions de nous avoir contactés.',
      concise: 'Merci pour votre message.',
    },
    apology: {
      friendly: 'Nous sommes désolés pour la gêne occasionnée.',
      formal: 'Nous vous prions de bien vouloir nous excuser pour la gêne occasionnée.',
      concise: 'Désolés pour la gêne.',
    },
    nextStep: {
      friendly: 'Un membre de notre équipe va examiner votre demande personnellement et vous répondra ici.',
      formal:
        "Un membre de notre équipe d'assistance examinera votre demande et vous répondra dans cette conversation.",
      concise: 'Un agent va examiner votre demande et vous répondra ici.',
    },
    closing: {
      friendly:
        "Si vous souhaitez ajouter des détails entre-temps, comme des captures d'écran ou les étapes suivies, répondez simplement à ce message.",
      formal: "Si vous souhaitez compléter votre demande entre-temps, n'hésitez pas à répondre à ce message.",
      concise: 'Répondez avec tout détail utile.',
    },
    linkOnly: (url) => `Le guide est disponible ici : ${url}`,
  },
  pt: {
    acknowledge: {
      friendly: 'Obrigado por entrar em contato!',
      formal: 'Agradecemos o seu contato.',
      concise: 'Obrigado pela mensagem.',
    },
    apology: {
      friendly: 'Sinto muito pelo transtorno.',
      formal: 'Pedimos sinceras desculpas pelo transtorno causado.',
      concise: 'Desculpe o transtorno.',
    },
    nextStep: {
      friendly: 'Alguém da nossa equipe vai analisar isso pessoalmente e responder por aqui.',
      formal: 'Um membro da nossa equipe de suporte analisará a sua solicitação e responderá nesta conversa.',
      concise: 'Um atendente vai analisar e responder por aqui.',
    },
    closing: {
      friendly:
        'Se quiser acrescentar algum detalhe enquanto isso, como capturas de tela ou os passos que seguiu, é só responder a esta mensagem.',
      formal: 'Caso deseje acrescentar alguma informação, basta responder a esta mensagem.',
      concise: 'Responda com qualquer detalhe que possa ajudar.',
    },
    linkOnly: (url) => `O guia está disponível aqui: ${url}`,
  },
}
