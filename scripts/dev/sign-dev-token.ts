import { SignJWT } from 'jose'

/**
 * Signs a sidebar token for a demo account the way Zendesk's request proxy does.
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
