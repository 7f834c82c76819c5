import { ZRegisterRequest, type RegisterResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import { authInstallation, type InstallationEnv } from '../http/auth-installation.ts'
import { validateJson } from '../http/validate.ts'
import { registerTenant } from '../services/automation/register-tenant.ts'

/**
 * /v1/tenants: an admin's first load connects the installation. It authenticates itself (the tenant may not
 * exist yet); the credentials travel in headers the request proxy fills from secure settings.
 */
export const tenantRoutes = new Hono<InstallationEnv>().post(
  '/register',
  authInstallation(),
  validateJson(ZRegisterRequest),
  async (c) => {
    const result = await registerTenant(c.env, c.get('claim'), c.req.valid('json'))
    return c.json(result satisfies RegisterResponse)
  },
)
