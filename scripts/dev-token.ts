import { ensureDevSecrets } from './dev/dev-secrets.ts'
import { signDevAdminSession } from './dev/sign-dev-token.ts'

// Prints an admin session (one hour) for the local demo tenant, valid for every API call including settings,
// KB writes, syncs and training: curl -H "Authorization: Bearer $(npm run --silent dev:token)"
const helpdesk = process.argv[2] === 'freshdesk' ? 'freshdesk' : 'zendesk'
const secrets = ensureDevSecrets()
process.stdout.write(
  `${await signDevAdminSession(helpdesk, secrets[helpdesk].account, secrets.encryptionKey)}\n`,
)
