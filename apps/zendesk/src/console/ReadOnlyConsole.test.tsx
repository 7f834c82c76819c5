import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readAdminSession } from '@deskmate/app-core'
import { DEFAULT_SETTINGS } from '@deskmate/shared'
import { ConsoleApp } from './ConsoleApp.tsx'

/** A Worker that answers an agent's session as the real one does: the settings, 403 for anything else. */
const agentWorker = () => {
  const calls: string[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`)
    if (url.pathname === '/v1/settings' && (init?.method ?? 'GET') === 'GET')
      return Response.json({ ...DEFAULT_SETTINGS, mode: 'draft_note' })
    return Response.json(
      {
        type: 'about:blank',
        title: 'Only an administrator can do this',
        status: 403,
        code: 'admin_required',
      },
      { status: 403 },
    )
  }
  return { fetch, calls }
}

describe('the console for an agent', { timeout: 20_000 }, () => {
  it('reads the viewer role from the page', () => {
    document.head.innerHTML = `
      <meta name="deskmate-admin-session" content="s" />
      <meta name="deskmate-console-role" content="viewer" />`
    expect(readAdminSession(document)).toMatchObject({ token: 's', readOnly: true })
    document.head.innerHTML = '<meta name="deskmate-admin-session" content="s" />'
    expect(readAdminSession(document)?.readOnly).toBeUndefined()
  })

  it('shows the settings read only with a notice, and asks the Worker for nothing else', async () => {
    const worker = agentWorker()
    render(
      <ConsoleApp
        session={{ token: 'viewer', expiresAt: '2026-12-04T03:00:00Z', readOnly: true }}
        baseUrl="https://worker.test"
        locale="en"
        fetch={worker.fetch}
      />,
    )
    expect(await screen.findByRole('note')).toHaveTextContent('You are not an administrator of this account')
    const draft = await screen.findByRole('radio', { name: /internal note/ })
    expect(draft).toBeChecked()
    expect(draft).toBeDisabled()
    expect(screen.getByRole('textbox', { name: 'Answer threshold' })).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Training' })).toBeNull()
    expect(worker.calls).toEqual(['GET /v1/settings'])
  })
})
