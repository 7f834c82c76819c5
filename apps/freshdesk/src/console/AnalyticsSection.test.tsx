import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { useAnalytics, type ConsoleClient } from '@deskmate/app-core'
import { ANALYTICS, checkAnalyticsShown, fakeConsoleClient } from '@deskmate/app-core/testing'
import { renderConsole } from '../testing/render-console.tsx'
import { AnalyticsSection } from './AnalyticsSection.tsx'

const TODAY = new Date('2026-12-04T12:00:00Z')
const now = () => TODAY

const Harness = ({ client }: { client: ConsoleClient }) => (
  <AnalyticsSection state={useAnalytics(client, now)} tenantId="freshdesk:acme" />
)

describe('the Freshdesk console’s Analytics section', { timeout: 20_000 }, () => {
  it('shows the figures, the charts with their tables, the mixes and the gaps with linked examples', async () => {
    renderConsole(<Harness client={fakeConsoleClient()} />)
    const section = await screen.findByRole('region', { name: 'Analytics' })
    await checkAnalyticsShown(section)
    const link = within(section).getByRole('link', { name: /#501 Carbon offset certificate/ })
    expect(link).toHaveAttribute('href', 'https://acme.freshdesk.com/a/tickets/501')
  })

  it('asks for the picked range, by keyboard', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    renderConsole(<Harness client={client} />)
    await screen.findByRole('img', { name: /Decisions per day/ })
    expect(client.calls).toContain('getAnalytics {"from":"2026-11-05","to":"2026-12-04"}')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 7 days')
    await vi.waitFor(() =>
      expect(client.calls).toContain('getAnalytics {"from":"2026-11-28","to":"2026-12-04"}'),
    )
  })

  it('says when there is nothing yet', async () => {
    const empty = { ...ANALYTICS, totals: { ...ANALYTICS.totals, decisions: 0 }, series: [] }
    renderConsole(<Harness client={fakeConsoleClient({ overrides: { getAnalytics: async () => empty } })} />)
    expect(await screen.findByText('No decisions in this period yet.')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: /Decisions per day/ })).not.toBeInTheDocument()
  })

  it('says when the Worker refuses', async () => {
    renderConsole(<Harness client={fakeConsoleClient({ refuse: true })} />)
    expect(
      await screen.findByText(/The analytics could not be loaded: Only an administrator/),
    ).toBeInTheDocument()
    expect(
      await screen.findByText(/The knowledge gaps could not be loaded: Only an administrator/),
    ).toBeInTheDocument()
  })

  it.each([
    ['de', 'Analysen', 'Kanalverteilung'],
    ['fr', 'Statistiques', 'Répartition par canal'],
    ['es', 'Analíticas', 'Distribución por canal'],
    ['pt', 'Análises', 'Distribuição por canal'],
  ])('speaks %s', async (locale, title, channels) => {
    renderConsole(<Harness client={fakeConsoleClient()} />, locale)
    const section = await screen.findByRole('region', { name: title })
    expect(await within(section).findByRole('table', { name: channels })).toBeInTheDocument()
  })
})
