// Kept apart from the zod schemas so the sidebar bundle can import the names without zod.

/** Header that carries the helpdesk API token (filled by the request proxy from a secure setting). */
export const API_TOKEN_HEADER = 'X-Deskmate-Api-Token'

/**
 * Header that carries the installation's shared secret on registration (filled by the request proxy from the
 * secure setting): a new installation's first token is verified with it, then it is stored for the tenant.
 */
export const INSTALL_SECRET_HEADER = 'X-Deskmate-Install-Secret'
