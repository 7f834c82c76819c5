import type { ActivityItem, Reason } from '@deskmate/shared'

const HEADER = [
  'created_at',
  'ticket_id',
  'decision',
  'mode',
  'category',
  'language',
  'reasons',
  'allowed_because',
  'engine',
  'tokens',
]

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR)
 * gets a leading `'`, so a customer's words in a reason can never execute in the admin's spreadsheet.
 */
export const csvCell = (value: string | number): string => {
  const text = String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const words = (reasons: readonly Reason[] | undefined): string =>
  (reasons ?? []).map((reason) => `${reason.code}: ${reason.message}`).join('; ')

/** The decisions as CSV, one row each, header first, CRLF line ends. */
export const activityToCsv = (items: readonly ActivityItem[]): string =>
  [
    HEADER.join(','),
    ...items.map((item) =>
      [
        item.createdAt,
        item.ticketId,
        item.decision,
        item.mode,
        item.category ?? '',
        item.language ?? '',
        words(item.reasons),
        words(item.allowedBecause),
        item.engine,
        item.tokens,
      ]
        .map(csvCell)
        .join(','),
    ),
  ].join('\r\n') + '\r\n'
