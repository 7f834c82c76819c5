import { z } from 'zod'

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A UTC day, YYYY-MM-DD')

/** The longest range the analytics answer for, in days. */
export const MAX_ANALYTICS_DAYS = 366

/** GET /v1/admin/analytics query: UTC days, inclusive; the last 30 days by default. */
export const ZAnalyticsQuery = z
  .object({ from: ZDay.optional(), to: ZDay.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  })
export type AnalyticsQuery = z.infer<typeof ZAnalyticsQuery>

const ZCount = z.object({ key: z.string(), count: z.number().int() })
export type AnalyticsCount = z.infer<typeof ZCount>

/** One day of the series. */
export const ZAnalyticsDay = z.object({
  day: z.string(),
  decisions: z.number().int(),
  autoReplied: z.number().int(),
  draftNoted: z.number().int(),
  escalated: z.number().int(),
  /** Mean sentiment score (−1 … 1) of the day's analysed tickets; null without any. */
  sentiment: z.number().nullable(),
})
export type AnalyticsDay = z.infer<typeof ZAnalyticsDay>

/** Satisfaction ratings of one group of tickets: good over good and bad (null without ratings). */
export const ZCsatGroup = z.object({
  good: z.number().int(),
  bad: z.number().int(),
  rate: z.number().nullable(),
})
export type CsatGroup = z.infer<typeof ZCsatGroup>

/** GET /v1/admin/analytics answer. */
export const ZAnalyticsResponse = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({
    decisions: z.number().int(),
    autoReplied: z.number().int(),
    draftNoted: z.number().int(),
    escalated: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
    /** Auto-replies over decisions; null without decisions. */
    automationRate: z.number().nullable(),
  }),
  series: z.array(ZAnalyticsDay),
  reasons: z.array(ZCount),
  categories: z.array(ZCount),
  languages: z.array(ZCount),
  channels: z.array(ZCount),
  sentiments: z.array(ZCount),
  sla: z.object({
    /** Analysed tickets with an SLA clock when they were decided. */
    measured: z.number().int(),
    atRisk: z.number().int(),
    breached: z.number().int(),
    /** Share not breached; null when nothing was measured. */
    compliance: z.number().nullable(),
  }),
  articles: z.array(z.object({ id: z.string(), title: z.string().nullable(), count: z.number().int() })),
  llm: z.object({
    tokens: z.number().int(),
    tokensPer1000Tickets: z.number().nullable(),
    costUsd: z.number(),
    costPer1000TicketsUsd: z.number().nullable(),
    /** The price the cost is estimated with. */
    usdPerMillionTokens: z.number(),
    dailyTokenBudget: z.number().int(),
    /** Mean tokens per day of the range over the daily budget; null with no budget. */
    budgetShare: z.number().nullable(),
  }),
  timeSaved: z.object({
    minutes: z.number(),
    minutesPerAutoReply: z.number(),
    minutesPerDraftNote: z.number(),
  }),
  /** The helpdesk's satisfaction ratings in the range; null until the helpdesk has answered with ratings. */
  csat: z
    .object({
      /** Tickets Deskmate answered automatically. */
      auto: ZCsatGroup,
      /** Every other rated ticket: answered by the agents. */
      human: ZCsatGroup,
      /** When the ratings were last read from the helpdesk. */
      updatedAt: z.string(),
    })
    .nullable(),
})
export type AnalyticsResponse = z.infer<typeof ZAnalyticsResponse>

/** One cluster of recent tickets no article answered. */
export const ZKnowledgeGap = z.object({
  /** The words that characterise the cluster, most telling first. */
  terms: z.array(z.string()),
  size: z.number().int(),
  examples: z.array(z.object({ ticketId: z.string(), subject: z.string(), createdAt: z.string() })),
})
export type KnowledgeGap = z.infer<typeof ZKnowledgeGap>

/** GET /v1/admin/knowledge-gaps answer. */
export const ZKnowledgeGapsResponse = z.object({
  /** The window looked at, in days, and how many tickets it held. */
  days: z.number().int(),
  tickets: z.number().int(),
  gaps: z.array(ZKnowledgeGap),
})
export type KnowledgeGapsResponse = z.infer<typeof ZKnowledgeGapsResponse>
