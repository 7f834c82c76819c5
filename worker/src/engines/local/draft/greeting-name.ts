import type { Requester } from '@deskmate/shared'

// A first name: letters with inner apostrophes or hyphens ("Anne-Marie", "O'Neil"); no digits, dots or @.
const NAME = /^\p{L}[\p{L}'’-]{0,60}$/u

/**
 * The name a greeting may use: the requester's first name, or null when the helpdesk only knows a handle
 * (an email address, `john.doe83`, the email's local part), so the greeting stays neutral.
 * @example greetingName({ name: 'Ana Silva', email: 'ana@example.com' }) // 'Ana'
 */
export const greetingName = (requester: Pick<Requester, 'name' | 'email'> | undefined): string | null => {
  const name = requester?.name?.trim() ?? ''
  const first = name.split(/\s+/)[0] ?? ''
  if (!NAME.test(first)) return null
  const handle = requester?.email?.split('@')[0]?.toLowerCase()
  if (handle && name.toLowerCase() === handle) return null
  return first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first
}
