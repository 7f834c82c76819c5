import { ensureDevSecrets } from './dev/dev-secrets.ts'

// Prints the local demo tenant's webhook signing secret: npm run --silent dev:webhook-secret -- zendesk
const helpdesk = process.argv[2] === 'freshdesk' ? 'freshdesk' : 'zendesk'
process.stdout.write(`${ensureDevSecrets()[helpdesk].webhookSecret}\n`)
