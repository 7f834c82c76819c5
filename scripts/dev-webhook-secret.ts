import { parseHelpdeskKind } from '@deskmate/shared'
import { ensureDevSecrets } from './dev/dev-secrets.ts'

// Prints the local demo tenant's webhook signing secret: npm run --silent dev:webhook-secret -- zendesk
const helpdesk = parseHelpdeskKind(process.argv[2]) ?? 'zendesk'
process.stdout.write(`${ensureDevSecrets()[helpdesk].webhookSecret}\n`)
