import { env } from 'cloudflare:test'
import type { TicketStatus } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import type { Tenant } from '../../db/tenants-repo.ts'
import type { HelpdeskClient, HelpdeskTicket } from '../../helpdesks/adapter.ts'
import { decideTicket } from './decide-ticket.ts'

const TENANT: Tenant = {
  id: 'zendesk:decide',
  helpdesk: 'zendesk',
  account: 'decide',
  installationId: '1',
  apiUser: null,
  storedSettings: { mode: 'auto_reply' },
  hasAnthropicKey: false,
  version: 1,
  modelsVersion: 0,
}

const ticketIn = (status: TicketStatus): HelpdeskTicket => ({
  ticket: { id: '5', subject: 'Forgot my password', body: 'I cannot log in.', channel: 'email' },
  status,
  tags: [],
  updatedStamp: '2026-01-01T00:00:00Z',
})

/** A helpdesk that only answers the re-read (any other call would fail the test). */
const helpdeskWith = (status: TicketStatus) =>
  ({ fetchTicket: async () => ticketIn(status) }) as unknown as HelpdeskClient

const USAGE = { autoRepliesToday: 0, llmTokensToday: 0 }

describe('decideTicket', () => {
  it.each<TicketStatus>(['solved', 'closed'])(
    'leaves a %s ticket alone, whatever the helpdesk calls it',
    async (status) => {
      const { plan } = await decideTicket(env, TENANT, helpdeskWith(status), '5', USAGE)
      expect(plan.update).toBeNull()
      expect(plan.reasons.map((reason) => reason.code)).toEqual(['ticket_closed'])
    },
  )
})
