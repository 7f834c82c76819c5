import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider, createConsoleClient, useAutomationForm } from '@deskmate/app-core'
import { DEFAULT_SETTINGS, type SettingsPatch } from '@deskmate/shared'
import { AutomationSection } from './AutomationSection.tsx'

const fakeWorker = () => {
  const puts: SettingsPatch[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    if (url.pathname === '/v1/settings' && init?.method === 'PUT') {
      const patch = JSON.parse(String(init.body)) as SettingsPatch
      puts.push(patch)
      return Response.json({ ...DEFAULT_SETTINGS, ...patch })
    }
    if (url.pathname === '/v1/settings') return Response.json(DEFAULT_SETTINGS)
    return Response.json({ groups: [] })
  }
  return { fetch, puts }
}

const Harness = ({ fetch }: { fetch: typeof globalThis.fetch }) => {
  const client = useMemo(
    () =>
      createConsoleClient({ baseUrl: 'https://worker.test', session: { token: 't', expiresAt: '' }, fetch }),
    [fetch],
  )
  return <AutomationSection state={useAutomationForm(client)} groups={{ groups: [], error: null }} />
}

const renderSection = (worker: ReturnType<typeof fakeWorker>, locale = 'en') =>
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>
        <Harness fetch={worker.fetch} />
      </I18nProvider>
    </ThemeProvider>,
  )

describe('business hours of the SLA fallback policy', { timeout: 20_000 }, () => {
  it('turns them on with days, window and time zone, and saves them in the SLA policy', async () => {
    const worker = fakeWorker()
    const user = userEvent.setup()
    renderSection(worker)
    await user.click(await screen.findByRole('checkbox', { name: 'Count SLA time in business hours only' }))
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }))
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }))
    const end = screen.getByRole('textbox', { name: /Closes at/ })
    await user.clear(end)
    await user.type(end, '18:30')
    const zone = screen.getByRole('textbox', { name: /Time zone/ })
    await user.clear(zone)
    await user.type(zone, 'Europe/Paris')
    await user.type(screen.getByRole('textbox', { name: /Holidays/ }), '2026-12-25, 2026-12-24')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument()
    expect(worker.puts).toHaveLength(1)
    expect(worker.puts[0]?.sla).toEqual({
      ...DEFAULT_SETTINGS.sla,
      businessHours: {
        timeZone: 'Europe/Paris',
        days: [1, 2, 3, 4, 6],
        start: '09:00',
        end: '18:30',
        holidays: ['2026-12-24', '2026-12-25'],
      },
    })
  })

  it('refuses an unknown time zone and a window that closes before it opens, in German, sending nothing', async () => {
    const worker = fakeWorker()
    const user = userEvent.setup()
    renderSection(worker, 'de')
    await user.click(
      await screen.findByRole('checkbox', { name: 'SLA-Zeit nur während der Geschäftszeiten zählen' }),
    )
    const end = screen.getByRole('textbox', { name: /Schließt um/ })
    await user.clear(end)
    await user.type(end, '08:00')
    const zone = screen.getByRole('textbox', { name: /Zeitzone/ })
    await user.clear(zone)
    await user.type(zone, 'Mars/Olympus')
    await user.click(screen.getByRole('button', { name: 'Speichern' }))
    expect(await screen.findByText('Geben Sie eine Zeitzone wie Europe/Berlin ein.')).toBeInTheDocument()
    expect(
      screen.getByText('Geben Sie eine Uhrzeit als HH:MM nach der Öffnungszeit ein.'),
    ).toBeInTheDocument()
    expect(worker.puts).toEqual([])
  })

  it('refuses a holiday that is no date and one typed twice, in French, sending nothing', async () => {
    const worker = fakeWorker()
    const user = userEvent.setup()
    renderSection(worker, 'fr')
    await user.click(await screen.findByRole('checkbox', { name: /heures ouvrées/ }))
    const holidays = screen.getByRole('textbox', { name: /Jours fériés/ })
    await user.type(holidays, '2026-02-30')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText(/comme une date AAAA-MM-JJ/)).toBeInTheDocument()
    await user.clear(holidays)
    await user.type(holidays, '2026-12-25 2026-12-25')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Saisissez chaque jour férié une seule fois.')).toBeInTheDocument()
    expect(worker.puts).toEqual([])
  })
})
