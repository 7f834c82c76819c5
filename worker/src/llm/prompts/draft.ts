import type { MessageCreateParamsStreaming } from '@anthropic-ai/sdk/resources/messages'
import { redactPii, type Tone } from '@deskmate/shared'
import type { DraftInput } from '../../engines/engine.ts'
import { formatCustomerMessage, UNTRUSTED_TEXT_RULE } from './customer-message.ts'

const MAX_TOKENS = 1_024
/** Keeps five articles within a few thousand tokens; the start of an article carries its steps. */
export const MAX_ARTICLE_CHARS = 4_000

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
}

const TONE_GUIDES: Record<Tone, string> = {
  friendly: 'warm and personable, plain words, no jargon',
  formal: 'polite and formal, complete sentences, no contractions',
  concise: 'brief: a one-line greeting, only the essential steps, a one-line closing',
}

const INSTRUCTIONS = [
  'You draft replies for a helpdesk agent, who reviews every draft before it is sent to the customer.',
  'Answer only from the knowledge-base articles given in <articles>. Never invent steps, prices, policies,',
  'links or promises. If the articles do not answer the question, say that the team is looking into it and',
  'ask for the details you need. An article marked match="weak" probably does not answer it: use it only if',
  'it clearly does.',
  'Every link, email address, phone number, price and date you write must appear in an article or the',
  'customer message, and promise a refund, credit, discount or deadline only where an article states it:',
  'drafts that break this are not sent.',
  'Cite an article right after the sentence that uses it, by its id in square brackets after a hash sign:',
  'for an article with id="abc-1", write [#abc-1]. Cite only ids given in <articles>.',
  'Write the reply body only: no subject line, no placeholders, no notes to the agent.',
  'Some personal data in the customer message was replaced with markers such as [email] or [phone]; never',
  'ask the customer to repeat it and never output the markers.',
  UNTRUSTED_TEXT_RULE,
].join('\n')

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

// Articles are the tenant's own content (not redacted); `</article>` inside one cannot close the block early.
const weakMark = (confidence: number | undefined, threshold: number | undefined): string =>
  confidence !== undefined && threshold !== undefined && confidence < threshold ? ' match="weak"' : ''

const formatArticles = (articles: DraftInput['articles'], threshold?: number): string =>
  articles.length === 0
    ? '<articles>\n(none)\n</articles>'
    : [
        '<articles>',
        ...articles.map(
          (a) =>
            `<article id="${escapeAttribute(a.id)}" title="${escapeAttribute(a.title)}"${weakMark(a.confidence, threshold)}>\n` +
            `${a.body.slice(0, MAX_ARTICLE_CHARS).replace(/<\/article>/gi, '&lt;/article>')}\n</article>`,
        ),
        '</articles>',
      ].join('\n')

const formatTask = (input: DraftInput): string => {
  const language = LANGUAGE_NAMES[input.language] ?? `the language with code "${input.language}"`
  const signature = input.agentName ? ` Sign it as ${redactPii(input.agentName).text}.` : ''
  return `Write the reply in ${language}, in a ${input.tone} tone (${TONE_GUIDES[input.tone]}).${signature}`
}

/**
 * The streamed draft request: cached instructions as the system prefix, then the articles, the redacted
 * customer message in its untrusted block, and the task (language, tone) last.
 */
export const buildDraftRequest = (model: string, input: DraftInput): MessageCreateParamsStreaming => ({
  model,
  max_tokens: MAX_TOKENS,
  stream: true,
  system: [{ type: 'text', text: INSTRUCTIONS, cache_control: { type: 'ephemeral' } }],
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: formatArticles(input.articles, input.threshold) },
        { type: 'text', text: `${formatCustomerMessage(input.ticket)}\n\n${formatTask(input)}` },
      ],
    },
  ],
})
