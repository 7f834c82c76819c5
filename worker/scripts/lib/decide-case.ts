import { SENSITIVE_TOPICS, ZTicket, type SensitiveTopic, type Ticket } from '@deskmate/shared'
import { z } from 'zod'

/**
 * One line of a decide cases file: a ticket, the KB it is asked against (`"demo"` for the demo KB, or the
 * articles inline) and what a careful agent would do: escalate (naming the sensitive topic when there is one)
 * or answer with one article.
 */
export const ZDecideCase = z.object({
  id: z.string(),
  lang: z.string().optional(),
  ticket: ZTicket,
  kb: z.union([
    z.literal('demo'),
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        body: z.string(),
        locale: z.string(),
        examples: z.array(z.string()).optional(),
      }),
    ),
  ]),
  expected: z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('escalate'), topic: z.enum(SENSITIVE_TOPICS).nullable() }),
    z.object({ outcome: z.literal('answer'), articleId: z.string() }),
  ]),
})
export type DecideCase = z.infer<typeof ZDecideCase>

/** A case from its parts (the file keeps the same field order everywhere). */
export const decideCase = (
  id: string,
  lang: string,
  ticket: Pick<Ticket, 'subject' | 'body'>,
  expected: { topic: SensitiveTopic | null } | { articleId: string },
  kb: DecideCase['kb'] = 'demo',
): DecideCase => ({
  id,
  lang,
  ticket: { ...ticket, channel: 'email' },
  kb,
  expected:
    'articleId' in expected ? { outcome: 'answer', ...expected } : { outcome: 'escalate', ...expected },
})
