import type { Tone } from '@deskmate/shared'

/** The fixed parts of a local draft in one language. */
export type DraftPhrases = {
  greeting: Record<Tone, (name: string | null) => string>
  intro: Record<Tone, string>
  link: (title: string, url: string) => string
  closing: Record<Tone, string>
  signOff: Record<Tone, string>
}

/** Languages the local composer writes in; anything else falls back to English. */
export type DraftLanguage = 'en' | 'de' | 'es' | 'fr' | 'pt'

/** The answering draft's phrases per language. */
export const DRAFT_PHRASES: Record<DraftLanguage, DraftPhrases> = {
  en: {
    greeting: {
      friendly: (name) => (name ? `Hi ${name},` : 'Hi there,'),
      formal: (name) => (name ? `Dear ${name},` : 'Dear customer,'),
      concise: (name) => (name ? `Hi ${name},` : 'Hello,'),
    },
    intro: {
      friendly: 'Thanks for reaching out! Here is what should help:',
      formal: 'Thank you for contacting us. Please find the relevant steps below:',
      concise: 'Here is how to solve this:',
    },
    link: (title, url) => `More details in "${title}": ${url}`,
    closing: {
      friendly: 'If anything is still unclear, just reply to this message and we will be happy to help.',
      formal: 'Should you require any further assistance, please do not hesitate to contact us.',
      concise: 'Reply if you need more help.',
    },
    signOff: { friendly: 'Best,', formal: 'Kind regards,', concise: 'Thanks,' },
  },
  de: {
    greeting: {
      friendly: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
      formal: (name) => (name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,'),
      concise: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    },
    intro: {
      friendly: 'Danke für Ihre Nachricht! Das sollte weiterhelfen:',
      formal: 'Vielen Dank für Ihre Anfrage. Nachfolgend finden Sie die passenden Schritte:',
      concise: 'So lösen Sie das Problem:',
    },
    link: (title, url) => `Weitere Details in „${title}“: ${url}`,
    closing: {
      friendly: 'Wenn noch etwas unklar ist, antworten Sie einfach auf diese Nachricht. Wir helfen gern.',
      formal: 'Sollten Sie weitere Unterstützung benötigen, stehen wir Ihnen jederzeit gern zur Verfügung.',
      concise: 'Antworten Sie, falls Sie weitere Hilfe brauchen.',
    },
    signOff: { friendly: 'Viele Grüße', formal: 'Mit freundlichen Grüßen', concise: 'Danke' },
  },
  es: {
    greeting: {
      friendly: (name) => (name ? `¡Hola, ${name}!` : '¡Hola!'),
      formal: (name) => (name ? `Estimado/a ${name}:` : 'Estimado/a cliente:'),
      concise: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
    },
    intro: {
      friendly: '¡Gracias por escribirnos! Esto debería ayudarte:',
      formal: 'Gracias por ponerse en contacto con nosotros. A continuación encontrará los pasos necesarios:',
      concise: 'Así puede resolverlo:',
    },
    link: (title, url) => `Más detalles en «${title}»: ${url}`,
    closing: {
      friendly: 'Si algo no queda claro, responde a este mensaje y te ayudaremos con gusto.',
      formal: 'Si necesita más ayuda, no dude en ponerse en contacto con nosotros.',
      concise: 'Responda si necesita más ayuda.',
    },
    signOff: { friendly: 'Un saludo,', formal: 'Atentamente,', concise: 'Gracias,' },
  },
  fr: {
    greeting: {
      friendly: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
      formal: (name) => (name ? `Madame, Monsieur ${name},` : 'Madame, Monsieur,'),
      concise: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    },
    intro: {
      friendly: 'Merci pour votre message ! Voici ce qui devrait vous aider :',
      formal:
        'Nous vous remercions de nous avoir contactés. Veuillez trouver ci-dessous les étapes à suivre :',
      concise: 'Voici comment résoudre le problème :',
    },
    link: (title, url) => `Plus de détails dans « ${title} » : ${url}`,
    closing: {
      friendly:
        "Si quelque chose n'est pas clair, répondez simplement à ce message, nous serons ravis de vous aider.",
      formal: "Pour toute assistance complémentaire, n'hésitez pas à nous contacter.",
      concise: "Répondez si vous avez besoin d'aide.",
    },
    signOff: { friendly: 'Bien à vous,', formal: 'Cordialement,', concise: 'Merci,' },
  },
  pt: {
    greeting: {
      friendly: (name) => (name ? `Olá, ${name}!` : 'Olá!'),
      formal: (name) => (name ? `Prezado(a) ${name},` : 'Prezado(a) cliente,'),
      concise: (name) => (name ? `Olá, ${name},` : 'Olá,'),
    },
    intro: {
      friendly: 'Obrigado pelo contato! Isto deve ajudar:',
      formal: 'Agradecemos o seu contato. Seguem abaixo os passos recomendados:',
      concise: 'Veja como resolver:',
    },
    link: (title, url) => `Mais detalhes em "${title}": ${url}`,
    closing: {
      friendly: 'Se algo não ficar claro, é só responder a esta mensagem que teremos prazer em ajudar.',
      formal: 'Caso necessite de assistência adicional, não hesite em nos contatar.',
      concise: 'Responda se precisar de mais ajuda.',
    },
    signOff: { friendly: 'Abraços,', formal: 'Atenciosamente,', concise: 'Obrigado,' },
  },
}
