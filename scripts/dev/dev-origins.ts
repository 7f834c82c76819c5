import { join } from 'node:path'
import { unstable_readConfig } from 'wrangler'
import { REPO_ROOT } from './dev-secrets.ts'

/** Origins of the local workspace and browser tests; never part of the production configuration. */
export const DEV_ORIGINS = 'http://localhost:*,http://127.0.0.1:*'

/** The production ALLOWED_ORIGINS of wrangler.jsonc plus the local origins, for a Worker run on this machine. */
export const devAllowedOrigins = (): string => {
  const config = unstable_readConfig(
    { config: join(REPO_ROOT, 'worker', 'wrangler.jsonc') },
    { hideWarnings: true },
  )
  const production = config.vars.ALLOWED_ORIGINS
  return typeof production === 'string' && production ? `${production},${DEV_ORIGINS}` : DEV_ORIGINS
}
