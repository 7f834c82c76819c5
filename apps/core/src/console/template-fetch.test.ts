// @vitest-environment node
import { readFileSync } from 'node:fs'
import { AppError } from '@deskmate/shared'
import { describe, expect, it, vi } from 'vitest'
import { createConsoleClient, type ConsoleClient } from './console-client.ts'
import { CONSOLE_TEMPLATES, consoleTemplateFor } from './console-templates.ts'
import { createTemplateFetch } from './template-fetch.ts'
import type { InvokeTemplate } from './template-admin-session.ts'

type Schema = {
  method?: string
  path?: string
  headers?: Record<string, string>
  query?: Record<string, string>
}
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../manifest/freshdesk/${path}`, import.meta.url), 'utf8'))
const requests = readJson('config/requests.json') as Record<string, { schema: Schema }>
const manifest = readJson('manifest.json') as { modules: { common: { requests: object } } }

const session = { token: 'session-jwt', expiresAt: '2026-01-01T01:00:00Z' }
const filters = {
  decision: 'escalate',
  reason: 'vip',
  from: '2026-01-01',
  to: '',
  q: 'refund',
  language: 'de',
}

/** Every ConsoleClient method, called once (a method added to the client without a call here does not compile). */
const EVERY_CALL: { [K in keyof ConsoleClient]: (client: ConsoleClient) => Promise<unknown> } = {
  getSettings: (client) => client.getSettings(),
  updateSettings: (client) => client.updateSettings({ mode: 'off' }),
  getHistory: (client) => client.getHistory(5),
  dryRun: (client) => client.dryRun(20),
  searchActivity: (client) => client.searchActivity(filters),
  exportActivity: (client) => client.exportActivity(filters),
  getKnowledge: (client) => client.getKnowledge(),
  listKnowledgeArticles: (client) =>
    client.listKnowledgeArticles({ q: 'card', language: 'en', offset: 0, limit: 25 }),
  syncKnowledge: (client) => client.syncKnowledge(),
  getAnalytics: (client) => client.getAnalytics({ from: '2026-01-01', to: '2026-01-31' }),
  getKnowledgeGaps: (client) => client.getKnowledgeGaps(),
  listGroups: (client) => client.listGroups(),
  listTicketFields: (client) => client.listTicketFields(),
  getTraining: (client) => client.getTraining(),
  train: (client) => client.train({ source: 'tags' } as never),
  adoptModel: (client) => client.adoptModel('cand/1'),
  rollbackModel: (client) => client.rollbackModel(),
}
const everyCall = (client: ConsoleClient) => Object.values(EVERY_CALL).map((call) => call(client))

const recordingClient = (answer: (name: string) => Promise<{ status: number; response: string }>) => {
  const invoke = vi.fn<InvokeTemplate>((name) => answer(name))
  const fetch = createTemplateFetch(invoke)
  return { invoke, client: createConsoleClient({ baseUrl: 'https://worker.invalid', session, fetch }) }
}

describe('the console over request templates', () => {
  it('sends every ConsoleClient call through a template declared in manifest.json and requests.json', async () => {
    const { invoke, client } = recordingClient(async () => ({ status: 200, response: '{}' }))
    await Promise.all(everyCall(client))
    expect(invoke).toHaveBeenCalledTimes(Object.keys(EVERY_CALL).length)
    for (const [name, options] of invoke.mock.calls) {
      expect(Object.keys(manifest.modules.common.requests)).toContain(name)
      const schema = requests[name]?.schema
      const route = CONSOLE_TEMPLATES.find((r) => r.name === name)
      expect(schema?.method).toBe(route?.method)
      expect(schema?.path).toBe(route?.path.replace(/:(\w+)/g, '<%= context.$1 %>'))
      for (const key of Object.values(route?.query ?? {}))
        expect(Object.values(schema?.query ?? {})).toContain(`<%= context.${key} %>`)
      if (name !== 'getSettings') {
        expect(schema?.headers?.Authorization).toBe('Bearer <%= context.admin_session %>')
        expect(options.context?.admin_session).toBe('session-jwt')
      }
    }
  })

  it('passes query and path parameters as context and the JSON body as-is', async () => {
    const { invoke, client } = recordingClient(async () => ({ status: 200, response: '{}' }))
    await client.searchActivity(filters)
    await client.adoptModel('cand/1')
    await client.dryRun(20)
    expect(invoke.mock.calls[0]?.[0]).toBe('searchAdminActivity')
    expect(invoke.mock.calls[0]?.[1].context).toMatchObject({
      format: 'json',
      decision: 'escalate',
      reason: 'vip',
      q: 'refund',
      language: 'de',
      from: '2026-01-01T00:00:00Z',
    })
    expect(invoke.mock.calls[1]?.[1].context).toMatchObject({ candidate_id: 'cand/1' })
    expect(invoke.mock.calls[2]).toEqual([
      'runDryRun',
      { context: { admin_session: 'session-jwt' }, body: '{"limit":20}' },
    ])
  })

  it('reads a refused template as the Worker’s problem', async () => {
    const problem = { type: 'about:blank', title: 'Admins only', status: 403, code: 'admin_required' }
    const { client } = recordingClient(() =>
      Promise.reject({ status: 403, response: JSON.stringify(problem) }),
    )
    const error = await client.listGroups().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'admin_required' })
  })

  it('reads an answer without a body (204) as a success', async () => {
    const { client } = recordingClient(async () => ({ status: 204, response: '' }))
    await expect(client.syncKnowledge()).resolves.toBeUndefined()
  })

  it('returns CSV text unchanged', async () => {
    const { client } = recordingClient(async () => ({ status: 200, response: 'ticket,decision\n1,answer\n' }))
    await expect(client.exportActivity(filters)).resolves.toBe('ticket,decision\n1,answer\n')
  })

  it('rejects a call no template covers, before invoking anything', async () => {
    const invoke = vi.fn<InvokeTemplate>()
    const fetch = createTemplateFetch(invoke)
    await expect(fetch('https://worker.invalid/v1/tenants/register', { method: 'POST' })).rejects.toThrow(
      'No request template for POST /v1/tenants/register',
    )
    expect(consoleTemplateFor('GET', '/v1/settings/history?limit=5&secret=1')).toBeNull()
    expect(invoke).not.toHaveBeenCalled()
  })

  it('rejects clearly when the platform fails without an answer', async () => {
    const { client } = recordingClient(() => Promise.reject(new Error('offline')))
    await expect(client.getTraining()).rejects.toThrow('Deskmate could not be reached')
  })
})
