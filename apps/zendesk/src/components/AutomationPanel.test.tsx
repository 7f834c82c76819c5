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

  it('shows what an automated reply was allowed on, and why a draft was held back', async () => {
    const items = [
      sampleActivity({
        decision: 'draft_noted',
        reasons: [
          {
            code: 'draft_unverified',
            message: 'The draft mentions the phone number "+1 800 555 0199", which …',
            params: { claim: 'phone', value: '+1 800 555 0199' },
          },
          {
            code: 'draft_unverified',
            message: 'The draft mentions the link "https://x.example", which …',
            params: { claim: 'url', value: 'https://x.example' },
          },
        ],
        allowedBecause: [
          {
            code: 'article_confident',
            message: 'Article "Reset your password" answers it with 82% confidence (threshold 60%)',
            params: { article: 'Reset your password', confidence: '82%', threshold: '60%' },
          },
          { code: 'sentiment_ok', message: 'The customer is neutral', params: { sentiment: 'neutral' } },
          { code: 'channel_allowed', message: 'Channel email is automated', params: { channel: 'email' } },
        ],
      }),
    ]
    renderWithHost(
      <AutomationPanel ticketId="42" />,
      hostAnswering(() => ({ items, counters: {} })),
      { locale: 'fr' },
    )
    const allowed = await screen.findByRole('list', { name: 'Autorisé car' })
    expect(
      within(allowed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'L’article « Reset your password » y répond avec une confiance de 82% (seuil 60%)',
      'Sentiment : Neutre',
      'Le canal E-mail est automatisé',
    ])
    const held = screen.getByRole('list', { name: 'Pourquoi' })
    expect(
      within(held)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Le brouillon mentionne le numéro de téléphone « +1 800 555 0199 », qui ne figure ni dans un article cité ni dans le ticket',
      'Le brouillon mentionne le lien « https://x.example », qui ne figure ni dans un article cité ni dans le ticket',
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
