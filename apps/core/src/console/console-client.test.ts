import { AppError } from '@deskmate/shared'
import { describe, expect, it, vi } from 'vitest'
import {
  activityQuery,
  createConsoleClient,
  knowledgeArticlesQuery,
  readAdminSession,
  ticketUrl,
} from './console-client.ts'

const session = { token: 'session-token', expiresAt: '2026-01-01T01:00:00Z' }

describe('the console client', () => {
  it('calls the Worker that served the console with the admin session', async () => {
    const fetch = vi.fn(async () => new Response('{"mode":"off"}', { status: 200 }))
    const client = createConsoleClient({ baseUrl: 'https://worker.test/admin', session, fetch })
    await expect(client.updateSettings({ mode: 'off' })).resolves.toEqual({ mode: 'off' })
    expect(fetch).toHaveBeenCalledWith('https://worker.test/v1/settings', {
      method: 'PUT',
      credentials: 'omit',
      headers: { Authorization: 'Bearer session-token', 'Content-Type': 'application/json' },
      body: '{"mode":"off"}',
    })
  })

  it('rejects with the problem the Worker answered', async () => {
    const problem = { type: 'about:blank', title: 'Admins only', status: 403, code: 'admin_required' }
    const fetch = vi.fn(async () => new Response(JSON.stringify(problem), { status: 403 }))
    const client = createConsoleClient({ baseUrl: 'https://worker.test', session, fetch })
    const error = await client.getSettings().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('admin_required')
  })

  it('reads the session from the admin page, or nothing from a page without one', () => {
    const page = document.implementation.createHTMLDocument('admin')
    expect(readAdminSession(page)).toBeNull()
    page.head.innerHTML =
      '<meta name="deskmate-admin-session" content="abc"><meta name="deskmate-admin-session-expires" content="x">'
    expect(readAdminSession(page)).toEqual({ token: 'abc', expiresAt: 'x' })
  })

  it('links a ticket in its helpdesk, and nothing for an account name it cannot trust', () => {
    expect(ticketUrl('zendesk:acme', '42')).toBe('https://acme.zendesk.com/agent/tickets/42')
    expect(ticketUrl('freshdesk:acme', '42')).toBe('https://acme.freshdesk.com/a/tickets/42')
    expect(ticketUrl('zendesk:evil.example/x', '42')).toBeNull()
    expect(ticketUrl(undefined, '42')).toBeNull()
  })

  it('asks for whole days, the last one included', () => {
    const query = new URLSearchParams(
      activityQuery(
        { decision: 'escalated', reason: '', from: '2026-12-01', to: '2026-12-03', q: ' 7 ' },
        'csv',
      ),
    )
    expect(Object.fromEntries(query)).toEqual({
      format: 'csv',
      limit: '500',
      decision: 'escalated',
      q: '7',
      from: '2026-12-01T00:00:00Z',
      to: '2026-12-04T00:00:00.000Z',
    })
  })

  it('asks for a page of indexed articles, leaving an empty search out', () => {
    expect(knowledgeArticlesQuery({ q: '  ', offset: 0, limit: 25 })).toBe('offset=0&limit=25')
    expect(knowledgeArticlesQuery({ q: ' 100% refund ', offset: 50, limit: 25 })).toBe(
      'offset=50&limit=25&q=100%25+refund',
    )
    expect(knowledgeArticlesQuery({ q: '', language: 'fr', offset: 0, limit: 25 })).toBe(
      'offset=0&limit=25&language=fr',
    )
  })

  it('queues "Sync now" with the admin session and reads the knowledge summary', async () => {
    const fetch = vi.fn(async () => new Response('{"queued":true}', { status: 202 }))
    const client = createConsoleClient({ baseUrl: 'https://worker.test', session, fetch })
    await expect(client.syncKnowledge()).resolves.toEqual({ queued: true })
    expect(fetch).toHaveBeenLastCalledWith('https://worker.test/v1/kb/sync', {
      method: 'POST',
      credentials: 'omit',
      headers: { Authorization: 'Bearer session-token' },
    })
    await client.listKnowledgeArticles({ q: 'reset', offset: 25, limit: 25 })
    expect(fetch).toHaveBeenLastCalledWith(
      'https://worker.test/v1/admin/knowledge/articles?offset=25&limit=25&q=reset',
      expect.objectContaining({ method: 'GET' }),
    )
  })
})
