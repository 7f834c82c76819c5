import { API_TOKEN_HEADER, AppError, ZRegisterRequest, type RegisterResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { validateJson } from '../http/validate.ts'
import { registerTenant } from '../services/automation/register-tenant.ts'

/** /v1/tenants: an admin's first load connects the helpdesk API (token in a proxy-filled header). */
export const tenantRoutes = new Hono<AppEnv>().post(
  '/register',
  validateJson(ZRegisterRequest),
  async (c) => {
    const apiToken = c.req.header(API_TOKEN_HEADER)?.trim()
    if (!apiToken || apiToken.length > 500 || apiToken.includes('{{')) {
      throw new AppError('validation_failed', `Send the helpdesk API token in ${API_TOKEN_HEADER}`)
    }
    const result = await registerTenant(c.env, c.get('tenant'), { ...c.req.valid('json'), apiToken })
    return c.json(result satisfies RegisterResponse)
  },
)
