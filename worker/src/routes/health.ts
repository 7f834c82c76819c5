import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'

/** GET /healthz: liveness and version, no auth. */
export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({ ok: true, service: 'deskmate', version: c.env.DESKMATE_VERSION, time: new Date().toISOString() }),
)
