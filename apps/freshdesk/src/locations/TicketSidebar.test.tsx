import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@deskmate/shared'
import {
  createFakeHost,
  problem,
  renderWithHost,
  sampleActivity,
  sampleAnalysis,
  sampleArticles,
} from '@deskmate/app-core/testing'
import { TicketSidebar } from './TicketSidebar.tsx'

const workingHost = () =>
  createFakeHost({
    routes: {
      'POST /v1/tickets/analyze': () => sampleAnalysis(),
      'POST /v1/kb/suggest': () => ({ engine: 'local', articles: sampleArticles }),
      'GET /v1/settings': () => DEFAULT_SETTINGS,
      'GET /v1/activity': () => ({ items: [sampleActivity()], counters: {} }),
    },
    slaTargets: [{ metric: 'first_reply_time', stage: 'active', dueAt: '2999-01-01T00:00:00Z' }],
  })

describe('Freshdesk TicketSidebar', () => {
  it('renders the same sections as the Zendesk sidebar, top to bottom', async () => {
    renderWithHost(<TicketSidebar />, workingHost())
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Deskmate')
    const headings = await screen.findAllByRole('heading', { level: 2 })
    expect(headings.map((h) => h.textContent)).toEqual([
      'SLA',
      'Insights',
      'Draft reply',
      'Suggested articles',
      'Automation',
    ])
    const sla = screen.getByRole('region', { name: 'SLA' })
    expect(await within(sla).findByText('On track')).toBeInTheDocument()
    expect(sla).toHaveTextContent(/First reply · .+ left/)
  })

  it('starts in the agent locale and switches among the five languages', async () => {
    renderWithHost(<TicketSidebar />, workingHost(), { locale: 'pt-BR' })
    const switcher = await screen.findByRole('combobox', { name: 'Idioma da interface' })
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['en', 'de', 'es', 'fr', 'pt'])
    await userEvent.selectOptions(switcher, 'de')
    expect(await screen.findByRole('heading', { name: 'Antwortentwurf' })).toBeInTheDocument()
  })

  it('applies the suggested priority and inserts an article link with their accessible names', async () => {
    const { host } = renderWithHost(<TicketSidebar />, workingHost())
    await userEvent.click(await screen.findByRole('button', { name: 'Apply priority High to the ticket' }))
    expect(host.priorities).toEqual(['high'])
    await userEvent.click(
      screen.getByRole('button', { name: 'Insert a link to “Reset your password” into the reply' }),
    )
    expect(host.inserted[0]?.html).toContain('https://help.example.com/a1')
  })

  it('shows the automation decision with its reasons', async () => {
    renderWithHost(<TicketSidebar />, workingHost())
    const reasons = await screen.findByRole('list', { name: 'Why' })
    expect(reasons).toHaveTextContent('The customer is frustrated')
    expect(screen.getByRole('region', { name: 'Automation' })).toHaveTextContent('Escalated to an agent')
  })

  it('shows an error with Retry when the ticket cannot be read', async () => {
    const host = workingHost()
    const read = host.getTicket
    host.getTicket = vi.fn().mockRejectedValueOnce(problem(502, 'helpdesk_upstream')).mockImplementation(read)
    renderWithHost(<TicketSidebar />, host)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not read the ticket.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeInTheDocument()
  })

  it('says when nothing was found', async () => {
    const host = workingHost()
    host.routes['POST /v1/kb/suggest'] = () => ({ engine: 'local', articles: [] })
    host.routes['GET /v1/activity'] = () => ({ items: [], counters: {} })
    renderWithHost(<TicketSidebar />, host)
    expect(await screen.findByText('No matching article in your knowledge base.')).toBeInTheDocument()
  })
})
