import { SELF, env } from 'cloudflare:test'
import type { ActivityItem } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo, type AuditEntry } from '../../src/db/audit-repo.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = (query: string) => `https://worker.test/v1/admin/activity${query}`

const entry = (ticketId: string, decision: AuditEntry['decision'], reasons: AuditEntry['reasons']) =>
  ({
    ticketId,
    eventKey: `${ticketId}:created`,
    mode: 'auto_reply',
    decision,
    reasons,
    allowedBecause: [],
    engine: 'local',
    tokens: 0,
    latencyMs: 1,
  }) satisfies AuditEntry

describe('GET /v1/admin/activity', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('activity-acme')
    globex = await seedTenant('activity-globex')
    const audit = createAuditRepo(env.DB, acme.tenant.id)
    const rows: [AuditEntry, string][] = [
      [
        { ...entry('101', 'auto_replied', []), category: 'account_login', language: 'en' },
        '2026-11-01T10:00:00Z',
      ],
      [
        {
          ...entry('102', 'escalated', [
            { code: 'sensitive_legal_threat', message: 'Mentions legal action' },
          ]),
          category: 'billing',
          language: 'de',
        },
        '2026-11-02T10:00:00Z',
      ],
      [
        entry('103', 'escalated', [{ code: 'vip_requester', message: '=HYPERLINK("https://evil.example")' }]),
        '2026-11-03T10:00:00Z',
      ],
    ]
    for (const [row, at] of rows) await audit.insertStatement(row, new Date(at)).run()
    await createAuditRepo(env.DB, globex.tenant.id)
      .insertStatement(entry('900', 'escalated', []), new Date('2026-11-02T12:00:00Z'))
      .run()
    // A settings change shares the table; it is not a decision.
    const res = await SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ mode: 'off' }),
    })
    expect(res.status).toBe(200)
  })

  const search = async (query: string, who = acme) => {
    const res = await SELF.fetch(url(query), { headers: await who.adminAuth() })
    expect(res.status).toBe(200)
    return (await res.json<{ items: ActivityItem[] }>()).items.map((item) => item.ticketId)
  }

  it('lists the tenant’s decisions newest first, without settings changes', async () => {
    expect(await search('')).toEqual(['103', '102', '101'])
    const res = await SELF.fetch(url('?category=billing'), { headers: await acme.adminAuth() })
    const [billing] = (await res.json<{ items: ActivityItem[] }>()).items
    expect(billing).toMatchObject({ ticketId: '102', category: 'billing', language: 'de' })
    expect(await search('', globex)).toEqual(['900'])
  })

  it.each([
    ['?decision=escalated', ['103', '102']],
    ['?reason=sensitive_legal_threat', ['102']],
    ['?from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z', ['102']],
    ['?q=102', ['102']],
    ['?q=legal%20action', ['102']],
    ['?q=100%25', []],
    ['?decision=auto_replied&reason=sensitive_legal_threat', []],
    ['?category=billing', ['102']],
    ['?language=en', ['101']],
    ['?category=billing&language=en', []],
  ])('filters %s', async (query, expected) => {
    expect(await search(query)).toEqual(expected)
  })

  it('exports CSV, with a formula-looking reason defused', async () => {
    const res = await SELF.fetch(url('?format=csv&decision=escalated'), { headers: await acme.adminAuth() })
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const lines = (await res.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'created_at,ticket_id,decision,mode,category,language,reasons,allowed_because,engine,tokens',
    )
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain(',103,escalated,auto_reply,,,')
    expect(lines[2]).toContain(',102,escalated,auto_reply,billing,de,')
    expect(lines[1]).not.toContain(',=HYPERLINK')
    expect(lines[2]).toContain('sensitive_legal_threat: Mentions legal action')
  })

  it('refuses an agent with 403 and bad filters with 400', async () => {
    const agent = await SELF.fetch(url(''), { headers: await acme.auth() })
    expect(agent.status).toBe(403)
    for (const query of [
      '?decision=maybe',
      '?from=yesterday',
      '?limit=0',
      '?reason=DROP%20TABLE',
      '?category=Billing%27',
      '?language=eng',
    ]) {
      const res = await SELF.fetch(url(query), { headers: await acme.adminAuth() })
      expect(res.status).toBe(400)
    }
  })
})
