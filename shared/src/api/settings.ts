import { z } from 'zod'
import { CHANNELS, DEFAULT_CATEGORIES, PRIORITIES, SUPPORTED_LANGUAGES } from '../taxonomy/taxonomy.ts'
import { DEFAULT_SLA_POLICY, ZSlaPolicy } from '../sla/policy.ts'

/** Automation modes: nothing, a draft as an internal note (default), or a public reply. */
export const MODES = ['off', 'draft_note', 'auto_reply'] as const
export type Mode = (typeof MODES)[number]

const ZLabel = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,50}$/, 'Use lowercase letters, digits and _')

/** Where a ticket goes after a public auto-reply: `pending` waits for the customer, out of the agents' queue. */
export const AUTO_REPLY_STATUSES = ['open', 'pending', 'solved'] as const
export type AutoReplyStatus = (typeof AUTO_REPLY_STATUSES)[number]

/** A tenant's settings (the full object GET /v1/settings answers). */
export const ZSettings = z.object({
  mode: z.enum(MODES),
  categories: z.array(ZLabel).min(2).max(50),
  allowedCategories: z.array(ZLabel).max(50),
  allowedChannels: z.array(z.enum(CHANNELS)),
  languages: z.array(z.enum(SUPPORTED_LANGUAGES)).min(1),
  retrievalThreshold: z.number().min(0).max(1),
  vipTags: z.array(z.string().trim().min(1).max(100)).max(50),
  dailyAutoReplyCap: z.number().int().min(0).max(1_000_000),
  llmDailyTokenBudget: z.number().int().min(0).max(1_000_000_000),
  escalation: z.object({
    raisePriorityTo: z.enum(PRIORITIES).nullable(),
    groupId: z.string().max(100).nullable(),
    /** Priority for an escalation with a sensitive topic (null: leave it); absent means the default. */
    sensitivePriority: z.enum(PRIORITIES).nullable().optional(),
    /** Priority for self-harm, threats and security incidents (null: leave it); absent means the default. */
    criticalPriority: z.enum(PRIORITIES).nullable().optional(),
  }),
  /** The status a public auto-reply sets (null: leave it); absent means the default. */
  autoReplyStatus: z.enum(AUTO_REPLY_STATUSES).nullable().optional(),
  models: z.object({ classify: z.string().min(1).max(100), draft: z.string().min(1).max(100) }),
  sla: ZSlaPolicy,
  anthropicKeyConfigured: z.boolean(),
})
export type Settings = z.infer<typeof ZSettings>

/** PUT /v1/settings body: any subset; `anthropicApiKey` is write-only (null removes it). */
export const ZSettingsPatch = ZSettings.omit({ anthropicKeyConfigured: true })
  .partial()
  .extend({ anthropicApiKey: z.string().trim().min(10).max(500).nullable().optional() })
  .strict()
export type SettingsPatch = z.infer<typeof ZSettingsPatch>

/** Settings a new tenant starts with. */
export const DEFAULT_SETTINGS: Settings = {
  mode: 'draft_note',
  categories: [...DEFAULT_CATEGORIES],
  allowedCategories: [
    'how_to',
    'account_login',
    'technical_problem',
    'shipping_returns',
    'feature_request',
    // Billing questions (invoices, payment methods, prices); disputes, refunds and chargebacks escalate as topics.
    'billing',
  ],
  allowedChannels: ['email', 'web'],
  languages: [...SUPPORTED_LANGUAGES],
  retrievalThreshold: 0.6,
  vipTags: ['vip', 'enterprise', 'platinum'],
  dailyAutoReplyCap: 200,
  llmDailyTokenBudget: 2_000_000,
  escalation: { raisePriorityTo: null, groupId: null, sensitivePriority: 'high', criticalPriority: 'urgent' },
  autoReplyStatus: 'pending',
  models: { classify: 'claude-haiku-5-5', draft: 'claude-sonnet-5-5' },
  sla: DEFAULT_SLA_POLICY,
  anthropicKeyConfigured: false,
}
