import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '@deskmate/shared'
import { useTicket } from '@deskmate/app-core'
import { createFakeHost, problem } from '@deskmate/app-core/testing'
import { deferred, renderWithHost } from '../testing/render-with-host.tsx'
import { SlaSection } from './SlaSection.tsx'

const Sla = () => {
  const ticket = useTicket()
  return ticket.status === 'success' ? <SlaSection ticket={ticket.data} /> : null
}

const badge = () => document.querySelector('[data-sla-state]')

describe('SlaSection', () => {
  it('shows a loading state while the SLA source loads', async () => {
    renderWithHost(
      <Sla />,
      createFakeHost({ routes: { 'GET /v1/settings': () => deferred<Settings>().promise } }),
    )
    expect(await screen.findByText('Loading the SLA…')).toBeInTheDocument()
  })

  it('uses the helpdesk policy metrics when the ticket has them', async () => {
    const host = createFakeHost({
      slaMetrics: [{ metric: 'next_reply_time', stage: 'paused', breach_at: null }],
    })
    renderWithHost(<Sla />, host)
    expect(await screen.findByText('Paused')).toBeInTheDocument()
    expect(badge()).toHaveTextContent('Next reply')
    expect(host.calls).toEqual([])
  })

  it('falls back to the app policy from the settings', async () => {
    const host = createFakeHost({ routes: { 'GET /v1/settings': () => DEFAULT_SETTINGS } })
    renderWithHost(<Sla />, host)
    expect(await screen.findByText('Default target: this ticket has no SLA policy')).toBeInTheDocument()
    expect(badge()).toHaveTextContent('First reply')
  })

  it('shows the empty state for a ticket without SLA metrics', async () => {
    renderWithHost(<Sla />, createFakeHost({ slaMetrics: [] }))
    expect(await screen.findByText('No SLA target on this ticket')).toBeInTheDocument()
  })

  it('shows the error with a Retry', async () => {
    let attempts = 0
    const host = createFakeHost({
      routes: {
        'GET /v1/settings': () => {
          attempts += 1
          if (attempts === 1) throw problem(401, 'token_expired')
          return DEFAULT_SETTINGS
        },
      },
    })
    renderWithHost(<Sla />, host)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your session expired.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Default target: this ticket has no SLA policy')).toBeInTheDocument()
  })
})
