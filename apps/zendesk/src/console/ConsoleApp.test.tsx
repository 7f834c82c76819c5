import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type Settings, type SettingsHistoryEntry } from '@deskmate/shared'
import { ConsoleApp } from './ConsoleApp.tsx'
import { ACTIVITY, DRY_RUN_TICKETS } from '@deskmate/app-core/testing'

const session = { token: 'admin-session', expiresAt: '2026-12-04T03:00:00Z' }

/** A Worker that keeps settings and their history, as /v1/settings does. */
const fakeWorker = (initial: Settings) => {
  let settings = initial
  const history: SettingsHistoryEntry[] = []
  const puts: unknown[] = []
  const activityQueries: URLSearchParams[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer admin-session')
    if (url.pathname === '/v1/settings' && init?.method === 'PUT') {
      const patch = JSON.parse(String(init.body)) as Partial<Settings>
      puts.push(patch)
      if (patch.retrievalThreshold === 0.99)
        return Response.json(
          {
            type: 'about:blank',
            title: 'The settings are not valid',
            status: 400,
            code: 'validation_failed',
          },
          { status: 400 },
        )
      const changes = Object.entries(patch).map(([field, after]) => ({
        field,
        before: settings[field as keyof Settings],
        after,
      }))
      settings = { ...settings, ...patch }
      history.unshift({
        id: String(history.length),
        changedAt: '2026-12-04T02:30:00Z',
        changedBy: { userId: '900', name: 'Alex Admin' },
        changes,
      })
      return Response.json(settings)
    }
    if (url.pathname === '/v1/settings') return Response.json(settings)
    if (url.pathname === '/v1/settings/history') return Response.json({ items: history })
    if (url.pathname === '/v1/admin/activity') {
      activityQueries.push(url.searchParams)
      if (url.searchParams.get('format') === 'csv') return new Response('created_at,ticket_id\r\n')
      const decision = url.searchParams.get('decision')
      return Response.json({ items: ACTIVITY.filter((item) => !decision || item.decision === decision) })
    }
    if (url.pathname === '/v1/admin/dry-run') return Response.json({ tickets: DRY_RUN_TICKETS, tokens: 0 })
    return new Response('{}', { status: 404 })
  }
  return { fetch, puts, activityQueries }
}

const renderConsole = (worker: ReturnType<typeof fakeWorker>) =>
  render(
    <ConsoleApp
      session={{ ...session, tenantId: 'zendesk:acme' }}
      baseUrl="https://worker.test"
      locale="en"
      fetch={worker.fetch}
    />,
  )

// A form of some thirty controls: user-event in jsdom takes a few seconds on a loaded machine.
describe('the admin console', { timeout: 20_000 }, () => {
  it('turns auto-reply off: sends only the mode, confirms, and lists the audited change', async () => {
    const worker = fakeWorker({ ...DEFAULT_SETTINGS, mode: 'auto_reply' })
    renderConsole(worker)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('radio', { name: 'Nothing (automation off)' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/Saved\. Deskmate follows the new settings/)).toBeInTheDocument()
    expect(worker.puts).toEqual([{ mode: 'off' }])
    const history = screen.getByRole('list', { name: 'Changes' })
    expect(
      await within(history).findByText('What Deskmate does with new tickets: auto_reply → off'),
    ).toBeInTheDocument()
    expect(within(history).getByText(/Alex Admin/)).toBeInTheDocument()
  })

  it('refuses an invalid threshold in the browser and sends nothing', async () => {
    const worker = fakeWorker(DEFAULT_SETTINGS)
    renderConsole(worker)
    const user = userEvent.setup()
    const threshold = await screen.findByRole('textbox', { name: 'Answer threshold' })
    await user.clear(threshold)
    await user.type(threshold, '7')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Enter a number from 0 to 1.')).toBeInTheDocument()
    expect(worker.puts).toEqual([])
  })

  it("shows the Worker's refusal", async () => {
    const worker = fakeWorker(DEFAULT_SETTINGS)
    renderConsole(worker)
    const user = userEvent.setup()
    const threshold = await screen.findByRole('textbox', { name: 'Answer threshold' })
    await user.clear(threshold)
    await user.type(threshold, '0.99')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('The settings are not valid')).toBeInTheDocument()
  })

  it('projects the dry run, and moves it with the unsaved threshold and categories', async () => {
    const worker = fakeWorker(DEFAULT_SETTINGS)
    renderConsole(worker)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Run the dry run' }))
    const summary = await screen.findByRole('status', { name: 'Projection' })
    expect(summary).toHaveTextContent('Would answer 1 of 2 tickets (50%) and escalate 1.')
    const table = screen.getByRole('table', { name: 'Dry run' })
    expect(table).toHaveTextContent('with “Reset your password” (82% confident)')
    expect(table).toHaveTextContent('Use the reset link on the sign-in page.')
    expect(table).toHaveTextContent('Mentions legal action')

    const threshold = screen.getByRole('textbox', { name: 'Answer threshold' })
    await user.clear(threshold)
    await user.type(threshold, '0.9')
    expect(summary).toHaveTextContent('Would answer 0 of 2 tickets (0%) and escalate 2.')
    await user.clear(threshold)
    await user.type(threshold, '0.5')
    expect(summary).toHaveTextContent('Would answer 1 of 2 tickets (50%)')
    await user.click(screen.getByRole('checkbox', { name: 'Account and login' }))
    expect(summary).toHaveTextContent('Would answer 0 of 2 tickets (0%)')
    expect(worker.puts).toEqual([])
  })

  it('lists decisions linked to their tickets, filters them, and exports the same filter', async () => {
    const worker = fakeWorker(DEFAULT_SETTINGS)
    renderConsole(worker)
    const user = userEvent.setup()
    const table = await screen.findByRole('table', { name: 'Activity' })
    expect(within(table).getByRole('link', { name: /^#7\b/ })).toHaveAttribute(
      'href',
      'https://acme.zendesk.com/agent/tickets/7',
    )
    expect(table).toHaveTextContent('Mentions legal action')
    expect(within(table).getByRole('link', { name: /^#8\b/ })).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Escalated to an agent')
    await user.type(screen.getByLabelText('From'), '2026-12-01')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await waitFor(() => expect(within(table).queryByRole('link', { name: /^#8\b/ })).toBeNull())
    const applied = worker.activityQueries.at(-1)
    expect(applied?.get('decision')).toBe('escalated')
    expect(applied?.get('from')).toBe('2026-12-01T00:00:00Z')
    URL.createObjectURL = vi.fn(() => 'blob:csv')
    URL.revokeObjectURL = vi.fn()
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled())
    const exported = worker.activityQueries.at(-1)
    expect(exported?.get('format')).toBe('csv')
    expect(exported?.get('decision')).toBe('escalated')
  })

  it('holds the Knowledge section, with its "Sync now"', async () => {
    renderConsole(fakeWorker(DEFAULT_SETTINGS))
    const knowledge = await screen.findByRole('region', { name: 'Knowledge' })
    expect(within(knowledge).getByRole('button', { name: 'Sync now' })).toBeInTheDocument()
  })

  it('opens without a session only to say how to sign in', () => {
    render(<ConsoleApp session={null} baseUrl="https://worker.test" locale="en" />)
    expect(screen.getByRole('alert')).toHaveTextContent('navigation bar as an administrator')
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull()
  })
})
