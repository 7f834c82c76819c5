import { SELF } from 'cloudflare:test'
import type { GroupsResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectFreshdeskTenant } from '../helpers/freshdesk-sim.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const url = 'https://worker.test/v1/admin/groups'

describe('GET /v1/admin/groups', () => {
  let acme: ConnectedTenant
  let offline: SeededTenant
  beforeAll(async () => {
    acme = await connectTenant('groups-acme')
    offline = await seedTenant('groups-offline')
  })

  it('lists the helpdesk’s groups by name, deleted ones left out', async () => {
    const res = await SELF.fetch(url, { headers: await acme.adminAuth() })
    expect(res.status).toBe(200)
    expect(await res.json<GroupsResponse>()).toEqual({
      groups: [
        { id: '360000002', name: 'Billing specialists' },
        { id: '360000001', name: 'Support' },
        { id: '360000003', name: 'Tier 2' },
      ],
    })
  })

  it('lists a Freshdesk account’s groups the same way', async () => {
    const globex = await connectFreshdeskTenant('groups-globex')
    const res = await SELF.fetch(url, { headers: await globex.adminAuth() })
    expect(res.status).toBe(200)
    expect((await res.json<GroupsResponse>()).groups).toEqual([
      { id: '80000002', name: 'Billing specialists' },
      { id: '80000001', name: 'Support' },
    ])
  })

  it('refuses an agent', async () => {
    const res = await SELF.fetch(url, { headers: await acme.auth() })
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
  })

  it('answers 409 when the helpdesk API is not connected', async () => {
    const res = await SELF.fetch(url, { headers: await offline.adminAuth() })
    expect(res.status).toBe(409)
  })
})
