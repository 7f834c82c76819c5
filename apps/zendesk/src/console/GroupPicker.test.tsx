import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider, createConsoleClient, useAutomationForm, useGroups } from '@deskmate/app-core'
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@deskmate/shared'
import { AutomationSection } from './AutomationSection.tsx'

const GROUPS = [
  { id: '2', name: 'Billing specialists' },
  { id: '1', name: 'Support' },
]

/** A Worker serving the settings and the helpdesk's groups (`groups: false`: the helpdesk cannot list them). */
const fakeWorker = (settings: Settings, options: { groups?: boolean } = {}) => {
  const puts: SettingsPatch[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    if (url.pathname === '/v1/admin/groups')
      return options.groups === false
        ? Response.json(
            {
              type: 'about:blank',
              title: 'This helpdesk cannot list its groups yet',
              status: 409,
              code: 'conflict',
            },
            { status: 409 },
          )
        : Response.json({ groups: GROUPS })
    if (url.pathname === '/v1/settings' && init?.method === 'PUT') {
      const patch = JSON.parse(String(init.body)) as SettingsPatch
      puts.push(patch)
      return Response.json({ ...settings, ...patch })
    }
    if (url.pathname === '/v1/settings') return Response.json(settings)
    return new Response('{}', { status: 404 })
  }
  return { fetch, puts }
}

const Harness = ({ fetch }: { fetch: typeof globalThis.fetch }) => {
  const client = useMemo(
    () =>
      createConsoleClient({ baseUrl: 'https://worker.test', session: { token: 't', expiresAt: '' }, fetch }),
    [fetch],
  )
  return <AutomationSection state={useAutomationForm(client)} groups={useGroups(client)} />
}

const renderSection = (worker: ReturnType<typeof fakeWorker>, locale = 'en') =>
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>
        <Harness fetch={worker.fetch} />
      </I18nProvider>
    </ThemeProvider>,
  )

describe('the escalation group picker', { timeout: 20_000 }, () => {
  it('offers the helpdesk’s groups by name and saves the picked one’s id', async () => {
    const worker = fakeWorker(DEFAULT_SETTINGS)
    renderSection(worker)
    const user = userEvent.setup()
    const picker = await screen.findByRole('combobox', { name: 'Assign escalated tickets to group' })
    expect(await within(picker).findByRole('option', { name: 'Billing specialists' })).toBeInTheDocument()
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(["Keep the ticket's group", 'Billing specialists', 'Support'])
    await user.selectOptions(picker, 'Billing specialists')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument()
    expect(worker.puts.map((patch) => patch.escalation?.groupId)).toEqual(['2'])
  })

  it('keeps a stored group the helpdesk no longer lists, in French', async () => {
    const settings = { ...DEFAULT_SETTINGS, escalation: { ...DEFAULT_SETTINGS.escalation, groupId: '77' } }
    renderSection(fakeWorker(settings), 'fr')
    const picker = await screen.findByRole('combobox', { name: 'Attribuer les tickets escaladés au groupe' })
    expect(
      await within(picker).findByRole('option', { name: "Groupe 77 (n'est plus listé)" }),
    ).toBeInTheDocument()
    expect(picker).toHaveValue('77')
  })

  it('falls back to typing the id when the helpdesk cannot list its groups', async () => {
    const worker = fakeWorker(DEFAULT_SETTINGS, { groups: false })
    renderSection(worker)
    const user = userEvent.setup()
    const input = await screen.findByRole('textbox', { name: 'Assign escalated tickets to group' })
    expect(
      screen.getByText(/could not be listed \(This helpdesk cannot list its groups yet\)/),
    ).toBeInTheDocument()
    await user.type(input, '42')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument()
    expect(worker.puts.map((patch) => patch.escalation?.groupId)).toEqual(['42'])
  })
})
