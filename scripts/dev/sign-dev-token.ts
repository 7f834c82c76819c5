import { SignJWT } from 'jose'
import { signAdminSession } from '../../worker/src/http/admin-session.ts'

/** The demo accounts' administrator (the simulated Zendesk's admin user). */
const DEMO_ADMIN = { userId: '900', name: 'Alex Admin' }

/**
 * Signs a sidebar token for a demo account the way Zendesk's request proxy does (an agent's rights).
 * @example await signDevToken('zendesk', 'demo', secret)
 */
export const signDevToken = async (
  helpdesk: 'zendesk' | 'freshdesk',
  account: string,
  sharedSecret: string,
  ttl = '10m',
): Promise<string> =>
  new SignJWT({
    iss: `https://${account}.${helpdesk}.com`,
    aud: 'deskmate',
    sub: 'demo-agent',
    name: 'Demo Agent',
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(sharedSecret))

/**
 * Issues an admin session (one hour) for a demo account's administrator with the local ENCRYPTION_KEY, as the
 * Worker does once the helpdesk vouched for an admin: admin rights for settings, KB writes, syncs and training.
 * @example await signDevAdminSession('zendesk', 'demo', secrets.encryptionKey)
 */
export const signDevAdminSession = async (
  helpdesk: 'zendesk' | 'freshdesk',
  account: string,
  encryptionKey: string,
): Promise<string> =>
  (await signAdminSession(encryptionKey, { tenantId: `${helpdesk}:${account}`, ...DEMO_ADMIN }, new Date()))
    .token
