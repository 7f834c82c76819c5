import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider, createConsoleClient, useAnalytics } from '@deskmate/app-core'
import type { AnalyticsResponse } from '@deskmate/shared'
import { ANALYTICS, GAPS, checkAnalyticsShown } from '@deskmate/app-core/testing'
import { AnalyticsSection } from './AnalyticsSection.tsx'

const fakeWorker = (analytics: AnalyticsResponse | 'forbidden') => {
  const calls: string[] = []
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input))
    calls.push(`${url.pathname}${url.search}`)
    if (analytics === 'forbidden')
      return Response.json(
        {
          type: 'about:blank',
          title: 'Only an administrator can do this',
          status: 403,
          code: 'admin_required',
        },
        { status: 403 },
      )
    if (url.pathname === '/v1/admin/analytics') return Response.json(analytics)
    if (url.pathname === '/v1/admin/knowledge-gaps') return Response.json(GAPS)
    return new Response('{}', { status: 404 })
  }
  return { fetch, calls }
}

const TODAY = new Date('2026-12-04T12:00:00Z')
const now = () => TODAY

const Harness = ({ fetch }: { fetch: typeof globalThis.fetch }) => {
  const client = useMemo(
    () =>
      createConsoleClient({
        baseUrl: 'https://worker.test',
        session: { token: 'admin-session', expiresAt: '2026-12-04T05:00:00Z' },
        fetch,
      }),
    [fetch],
  )
  return <AnalyticsSection state={useAnalytics(client, now)} tenantId="zendesk:acme" />
}

const renderSection = (worker: ReturnType<typeof fakeWorker>, locale = 'en') =>
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>
        <Harness fetch={worker.fetch} />
      </I18nProvider>
    </ThemeProvider>,
  )

describe('AnalyticsSection', { timeout: 20_000 }, () => {
  it('shows the figures, the charts with their tables, the mixes and the gaps with linked examples', async () => {
    renderSection(fakeWorker(ANALYTICS))
    const section = await screen.findByRole('region', { name: 'Analytics' })
    await checkAnalyticsShown(section)
    const link = within(section).getByRole('link', { name: /#501 Carbon offset certificate/ })
    expect(link).toHaveAttribute('href', 'https://acme.zendesk.com/agent/tickets/501')
  })

  it('asks for the picked range', async () => {
    const worker = fakeWorker(ANALYTICS)
    renderSection(worker)
    await screen.findByRole('img', { name: /Decisions per day/ })
    expect(worker.calls).toContain('/v1/admin/analytics?from=2026-11-05&to=2026-12-04')
    await userEvent.selectOptions(screen.getByLabelText('Period'), '7')
    await screen.findByRole('img', { name: /Decisions per day/ })
    expect(worker.calls).toContain('/v1/admin/analytics?from=2026-11-28&to=2026-12-04')
  })

  it('says when there is nothing yet', async () => {
    const empty = { ...ANALYTICS, totals: { ...ANALYTICS.totals, decisions: 0 }, series: [] }
    renderSection(fakeWorker(empty))
    expect(await screen.findByText('No decisions in this period yet.')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: /Decisions per day/ })).not.toBeInTheDocument()
  })

  it('says when the helpdesk has given no satisfaction ratings yet', async () => {
    renderSection(fakeWorker({ ...ANALYTICS, csat: null }))
    expect(await screen.findByText(/No satisfaction ratings from the helpdesk yet/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /Satisfaction ratings/ })).not.toBeInTheDocument()
  })

  it('says when the Worker refuses', async () => {
    renderSection(fakeWorker('forbidden'))
    expect(
      await screen.findByText(/The analytics could not be loaded: Only an administrator/),
    ).toBeInTheDocument()
  })

  it.each([
    ['de', 'Analysen'],
    ['fr', 'Statistiques'],
    ['es', 'Analíticas'],
    ['pt', 'Análises'],
  ])('speaks %s', async (locale, title) => {
    renderSection(fakeWorker(ANALYTICS), locale)
    expect(await screen.findByRole('region', { name: title })).toBeInTheDocument()
  })
})
