import { AppError } from '@deskmate/shared'
import { describe, expect, it, vi } from 'vitest'
import { openTemplateAdminSession, type InvokeTemplate } from './template-admin-session.ts'

const KEY = 'aDminOwnKey123456789'
const session = { token: 'jwt', expiresAt: '2026-01-01T01:00:00Z', tenantId: 'freshdesk:acme', user: {} }

const refusal = (status: number, code: string) => ({
  status,
  response: JSON.stringify({ type: 'about:blank', title: 'Refused', status, code }),
})

describe('openTemplateAdminSession', () => {
  it('sends the key only as template context and returns the session', async () => {
    const invoke = vi.fn<InvokeTemplate>(async () => ({ status: 200, response: JSON.stringify(session) }))
    await expect(openTemplateAdminSession(invoke, `  ${KEY} `)).resolves.toEqual({
      token: 'jwt',
      expiresAt: '2026-01-01T01:00:00Z',
      tenantId: 'freshdesk:acme',
    })
    expect(invoke).toHaveBeenCalledWith('createAdminSession', { context: { admin_api_key: KEY }, body: '{}' })
  })

  it.each([
    [403, 'admin_required'],
    [401, 'unauthorized'],
    [502, 'helpdesk_upstream'],
  ])('turns a %i refusal into the Worker’s %s, without the key', async (status, code) => {
    const invoke = vi.fn<InvokeTemplate>(() => Promise.reject(refusal(status, code)))
    const error = await openTemplateAdminSession(invoke, KEY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe(code)
    expect(JSON.stringify(error) + String((error as AppError).message)).not.toContain(KEY)
  })

  it('asks for a key before calling anything, and refuses an answer without a session', async () => {
    const invoke = vi.fn<InvokeTemplate>(async () => ({ status: 200, response: '{}' }))
    await expect(openTemplateAdminSession(invoke, '  ')).rejects.toMatchObject({ code: 'validation_failed' })
    expect(invoke).not.toHaveBeenCalled()
    await expect(openTemplateAdminSession(invoke, KEY)).rejects.toMatchObject({ code: 'internal' })
    const offline = vi.fn<InvokeTemplate>(() => Promise.reject(new Error('timeout')))
    await expect(openTemplateAdminSession(offline, KEY)).rejects.toMatchObject({ code: 'internal' })
  })
})
