import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ActivityResponse } from '@deskmate/shared'
import { createFakeHost, problem } from '@deskmate/app-core/testing'
import { deferred, renderWithHost, sampleActivity } from '../testing/render-with-host.tsx'
import { AutomationPanel } from './AutomationPanel.tsx'

const hostAnswering = (answer: () => unknown) => createFakeHost({ routes: { 'GET /v1/activity': answer } })

describe('AutomationPanel', () => {
  it('shows a loading state while the history loads', () => {
    renderWithHost(
      <AutomationPanel ticketId="42" />,
      hostAnswering(() => deferred<ActivityResponse>().promise),
    )
    expect(screen.getByText('Loading the automation history…')).toBeInTheDocument()
  })

  it('words the reasons in the agent language, naming the values they refer to', async () => {
    const items = [
      sampleActivity({
        reasons: [
          { code: 'frustrated', message: 'The customer is frustrated' },
          { code: 'high_priority', message: 'Priority urgent needs a human', params: { priority: 'urgent' } },
          { code: 'brand_new_rule', message: 'A rule this app does not know yet' },
        ],
      }),
    ]
    renderWithHost(
      <AutomationPanel ticketId="42" />,
      hostAnswering(() => ({ items, counters: {} })),
      { locale: 'de' },
    )
    const reasons = await screen.findByRole('list', { name: 'Warum' })
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Der Kunde ist frustriert',
      'Priorität Dringend braucht einen Menschen',
      'A rule this app does not know yet',
    ])
  })

  it('shows what the automation did and why, newest first', async () => {
    const items = [
      sampleActivity({
        id: 'old',
        decision: 'draft_noted',
        reasons: [],
        createdAt: '2026-08-03T09:00:00.000Z',
      }),
      sampleActivity({ id: 'new', createdAt: '2026-08-03T10:00:00.000Z' }),
    ]
    const { host } = renderWithHost(
      <AutomationPanel ticketId="42" />,
      hostAnswering(() => ({ items, counters: {} })),
    )
    const entries = await screen.findAllByRole('listitem', { name: '' })
    expect(entries[0]).toHaveTextContent('Escalated to an agent')
    expect(entries[0]).toHaveTextContent('The customer is frustrated')
    expect(screen.getByText('Draft added as an internal note')).toBeInTheDocument()
    expect(host.calls[0]?.path).toBe('/v1/activity?ticketId=42&limit=10')
  })

  it('says when there is no automation yet', async () => {
    renderWithHost(
      <AutomationPanel ticketId="42" />,
      hostAnswering(() => ({ items: [], counters: {} })),
    )
    expect(await screen.findByText('No automation yet on this ticket.')).toBeInTheDocument()
  })

  it('loads the history again when the ticket changes', async () => {
    let items: ActivityResponse['items'] = []
    const { host, rerender } = renderWithHost(
      <AutomationPanel ticketId="42" revision="tags:" />,
      hostAnswering(() => ({ items, counters: {} })),
    )
    expect(await screen.findByText('No automation yet on this ticket.')).toBeInTheDocument()
    items = [sampleActivity({ decision: 'auto_replied', reasons: [] })]
    rerender(<AutomationPanel ticketId="42" revision="tags:deskmate_auto_replied" />)
    expect(await screen.findByText('Replied automatically')).toBeInTheDocument()
    expect(host.calls).toHaveLength(2)
  })

  it('shows the error with a Retry', async () => {
    let attempts = 0
    renderWithHost(
      <AutomationPanel ticketId="42" />,
      hostAnswering(() => {
        attempts += 1
        if (attempts === 1) throw problem(500, 'internal')
        return { items: [sampleActivity({ decision: 'auto_replied', reasons: [] })], counters: {} }
      }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the automation history.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Replied automatically')).toBeInTheDocument()
  })
})
