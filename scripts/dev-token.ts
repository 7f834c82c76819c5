import { ensureDevSecrets } from './dev/dev-secrets.ts'
import { signDevToken } from './dev/sign-dev-token.ts'

// Prints a sidebar JWT for the local demo tenant: curl -H "Authorization: Bearer $(npm run --silent dev:token)"
const helpdesk = process.argv[2] === 'freshdesk' ? 'freshdesk' : 'zendesk'
const secrets = ensureDevSecrets()
process.stdout.write(
  `${await signDevToken(helpdesk, secrets[helpdesk].account, secrets[helpdesk].sharedSecret)}\n`,
)
