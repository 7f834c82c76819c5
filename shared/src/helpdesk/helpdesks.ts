/** The helpdesks Deskmate is sold for: the one list every tenant, job, route, host and script names them from. */
export const HELPDESKS = ['zendesk', 'freshdesk'] as const
export type HelpdeskKind = (typeof HELPDESKS)[number]

/**
 * The helpdesk a name (from a URL, an argument or a stored row) stands for, or null when Deskmate knows none.
 * @example parseHelpdeskKind('freshdesk') // 'freshdesk'
 */
export const parseHelpdeskKind = (name: string | undefined): HelpdeskKind | null =>
  (HELPDESKS as readonly string[]).includes(name ?? '') ? (name as HelpdeskKind) : null
