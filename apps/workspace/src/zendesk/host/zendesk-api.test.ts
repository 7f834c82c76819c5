import { describe, expect, it } from 'vitest'
import { toWorkspaceTicket } from './demo-ticket.ts'
import { answerZendeskApi } from './zendesk-api.ts'

const context = {
  ticket: toWorkspaceTicket({ id: 12, subject: 'Hi', body: 'Hello', channel: 'phone', priority: 'low' }, 0),
  agent: { id: 7, name: 'Alex', email: 'alex@demo.example', locale: 'fr', timeZone: 'UTC' },
  subdomain: 'demo',
}

describe('answerZendeskApi', () => {
  it('serves the open ticket without SLA data, as on a plan without SLA policies', () => {
    const result = answerZendeskApi('GET', '/api/v2/tickets/12.json?include=slas', context)
    const body = JSON.parse(result.responseText) as { ticket: Record<string, unknown> }
    expect(result.status).toBe(200)
    expect(body.ticket).toMatchObject({ id: 12, priority: 'low', via: { channel: 'voice' } })
    expect(body.ticket).not.toHaveProperty('slas')
  })

  it('answers 404 for other tickets and unknown endpoints, 403 for writes', () => {
    expect(answerZendeskApi('GET', '/api/v2/tickets/13.json', context).status).toBe(404)
    expect(answerZendeskApi('GET', '/api/v2/macros.json', context).status).toBe(404)
    expect(answerZendeskApi('PUT', '/api/v2/tickets/12.json', context).status).toBe(403)
  })

  it('serves the signed-in agent', () => {
    const result = answerZendeskApi('GET', '/api/v2/users/me.json', context)
    expect(JSON.parse(result.responseText)).toEqual({
      user: { id: 7, name: 'Alex', email: 'alex@demo.example', locale: 'fr', role: 'admin' },
    })
  })
})
