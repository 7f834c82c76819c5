import { parseHelpdeskKind } from '@deskmate/shared'
import { ensureDevSecrets } from './dev/dev-secrets.ts'
import { signDevAdminSession } from './dev/sign-dev-token.ts'

// Prints an admin session (one hour) for the local demo tenant, valid for every API call including settings,
// KB writes, syncs and training: curl -H "Authorization: Bearer $(npm run --silent dev:token)"
const helpdesk = parseHelpdeskKind(process.argv[2]) ?? 'zendesk'
const secrets = ensureDevSecrets()
process.stdout.write(
  `${await signDevAdminSession(helpdesk, secrets[helpdesk].account, secrets.encryptionKey)}\n`,
)
