/** Bounds that keep one ticket within what the engines handle in a Worker's CPU budget. */
export const TICKET_LIMITS = { subject: 1_000, body: 100_000, tags: 100, tag: 200 } as const
