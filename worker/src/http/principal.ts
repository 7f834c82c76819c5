/**
 * Who is calling. An app token proves only "an installation of the app in this account" (its claims are
 * written by code in the agent's browser), so it makes an agent; an admin session, issued after the helpdesk
 * vouched for an administrator, makes an admin.
 */
export type Principal = { kind: 'agent' } | { kind: 'admin'; userId: string; name: string | null }
