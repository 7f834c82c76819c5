import { z } from 'zod'
import { CHANNELS, PRIORITIES } from '../taxonomy/taxonomy.ts'

/** First-response and resolution targets in minutes. */
export const ZSlaTarget = z.object({
  firstResponseMin: z.number().min(0).max(525_600),
  resolutionMin: z.number().min(0).max(525_600),
})
export type SlaTarget = z.infer<typeof ZSlaTarget>

const ZPriorityTargets = z.object(
  Object.fromEntries(PRIORITIES.map((p) => [p, ZSlaTarget])) as Record<
    (typeof PRIORITIES)[number],
    typeof ZSlaTarget
  >,
)

/** True when the runtime knows `timeZone` (an IANA name such as `Europe/Paris`, or `UTC`). */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

/** Holidays a policy may list (a year of them). */
export const MAX_HOLIDAYS = 366

/** True for a real calendar day written YYYY-MM-DD (`2026-02-30` is not one). */
export const isCalendarDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/** Business hours: open days (0 = Sunday), local opening window and holidays (YYYY-MM-DD). */
export const ZBusinessHours = z
  .object({
    timeZone: z.string().min(1).max(64).refine(isTimeZone, 'Not a known time zone'),
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    start: z.string().regex(HHMM),
    end: z.string().regex(HHMM),
    /** Local days on which the SLA clock does not run, each once. */
    holidays: z
      .array(z.string().refine(isCalendarDay, 'A calendar day, YYYY-MM-DD'))
      .max(MAX_HOLIDAYS)
      .refine((days) => new Set(days).size === days.length, 'Each holiday once'),
  })
  .refine((hours) => hours.end > hours.start, { path: ['end'], message: 'Closing must come after opening' })
export type BusinessHours = z.infer<typeof ZBusinessHours>

/** The fallback SLA policy used when the helpdesk account has none. */
export const ZSlaPolicy = z.object({
  targets: z.object(
    Object.fromEntries(CHANNELS.map((c) => [c, ZPriorityTargets])) as Record<
      (typeof CHANNELS)[number],
      typeof ZPriorityTargets
    >,
  ),
  tierMultipliers: z.record(z.string().max(50), z.number().positive().max(10)),
  businessHours: ZBusinessHours.nullable(),
})
export type SlaPolicy = z.infer<typeof ZSlaPolicy>

const t = (firstResponseMin: number, resolutionHours: number): SlaTarget => ({
  firstResponseMin,
  resolutionMin: resolutionHours * 60,
})
const emailTargets = { urgent: t(15, 4), high: t(30, 8), normal: t(60, 24), low: t(240, 48) }

/** The default fallback policy from the product design (channel × priority, tier multipliers, 24/7). */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  targets: {
    chat: { urgent: t(1, 2), high: t(2, 4), normal: t(5, 8), low: t(15, 24) },
    email: emailTargets,
    web: emailTargets,
    api: emailTargets,
    phone: { urgent: t(0, 2), high: t(0, 4), normal: t(5, 8), low: t(10, 24) },
    social: { urgent: t(5, 4), high: t(15, 8), normal: t(30, 24), low: t(60, 48) },
  },
  tierMultipliers: { enterprise: 0.5, platinum: 0.75, gold: 1, standard: 1 },
  businessHours: null,
}
