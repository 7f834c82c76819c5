/** An agent as `GET /api/v2/agents/me` returns it (the fields Deskmate reads). */
export type FreshdeskAgent = {
  id: number
  role_ids?: number[] | null
  contact?: { name?: string | null; email?: string | null } | null
}

/** A role as `GET /api/v2/roles` lists it; `default` marks Freshdesk's built-in roles. */
export type FreshdeskRole = { id: number; name: string; default?: boolean | null }

/**
 * Freshdesk's built-in roles that may configure the helpdesk (Admin → everything): "Account Administrator"
 * (also billing) and "Administrator". Supervisor and Agent are not, nor is a custom role, whatever its name:
 * the API lists no privileges, so a custom role's rights cannot be read.
 */
const ADMIN_ROLE_NAMES = new Set(['account administrator', 'administrator'])

/** True when one of the agent's roles is a built-in administrator role. */
export const isFreshdeskAdmin = (agent: FreshdeskAgent, roles: readonly FreshdeskRole[]): boolean =>
  roles.some(
    (role) =>
      (agent.role_ids ?? []).includes(role.id) &&
      role.default !== false &&
      ADMIN_ROLE_NAMES.has(role.name.trim().toLowerCase()),
  )
