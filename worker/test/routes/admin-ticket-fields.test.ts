import { SELF } from 'cloudflare:test'
import type { TicketFieldsResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectFreshdeskTenant, fdRest, type FdTenant } from '../helpers/freshdesk-sim.ts'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const url = 'https://worker.test/v1/admin/ticket-fields'

describe('GET /v1/admin/ticket-fields', () => {
  let globex: FdTenant
  let acme: ConnectedTenant
  beforeAll(async () => {
    globex = await connectFreshdeskTenant('fields-globex')
    await globex.sim.createTicket({
      subject: 'Refund',
      body: 'Refund please',
      solved: true,
      customFields: { cf_category: 'billing', cf_product_line: 'Planora' },
    })
    acme = await connectTenant('fields-acme')
  })

  it('lists a Freshdesk account’s custom fields by label, with the ids training takes', async () => {
    const res = await SELF.fetch(url, { headers: await globex.adminAuth() })
    expect(res.status).toBe(200)
    const raw = await fdRest<Array<{ id: number; name: string }>>(
      globex.sim.account,
      globex.apiKey,
      'GET',
      '/api/v2/ticket_fields',
    )
    const idOf = (name: string) => String(raw.find((field) => field.name === name)?.id)
    expect(await res.json<TicketFieldsResponse>()).toEqual({
      fields: [
        { id: idOf('cf_category'), name: 'Category' },
        { id: idOf('cf_product_line'), name: 'Product line' },
      ],
    })
  })

  it('refuses an agent', async () => {
    const res = await SELF.fetch(url, { headers: await globex.auth() })
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
  })

  it('answers 409 for a helpdesk that cannot list them yet (Zendesk)', async () => {
    const res = await SELF.fetch(url, { headers: await acme.adminAuth() })
    expect(res.status).toBe(409)
  })
})
