import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Analysis } from '@deskmate/shared'
import { useAnalysis, useTicket } from '@deskmate/app-core'
import { createFakeHost, problem, sampleTicket } from '@deskmate/app-core/testing'
import { deferred, renderWithHost, sampleAnalysis } from '../testing/render-with-host.tsx'
import { InsightsPanel } from './InsightsPanel.tsx'

const Insights = () => {
  const ticket = useTicket()
  const current = ticket.status === 'success' ? ticket.data : undefined
  const analysis = useAnalysis(current)
  return current ? <InsightsPanel ticket={current} analysis={analysis} /> : null
}

const hostAnswering = (answer: () => unknown) =>
  createFakeHost({ routes: { 'POST /v1/tickets/analyze': answer } })

describe('InsightsPanel', () => {
  it('shows a busy loading state while the analysis runs', async () => {
    const pending = deferred<Analysis>()
    renderWithHost(
      <Insights />,
      hostAnswering(() => pending.promise),
    )
    expect(await screen.findByText('Analyzing the ticket…')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Insights' })).toHaveAttribute('aria-busy', 'true')
  })

  it('shows the empty state for a ticket without text, without calling the Worker', async () => {
    const host = hostAnswering(() => sampleAnalysis())
    host.ticket = sampleTicket({ subject: ' ', body: '' })
    renderWithHost(<Insights />, host)
    expect(
      await screen.findByText('Add a subject or description to analyze this ticket.'),
    ).toBeInTheDocument()
    expect(host.calls).toEqual([])
  })

  it('shows category, priority, type, sentiment flags and language', async () => {
    renderWithHost(
      <Insights />,
      hostAnswering(() => sampleAnalysis()),
    )
    const region = await screen.findByRole('region', { name: 'Insights' })
    expect(await within(region).findByText('Account and login')).toBeInTheDocument()
    expect(within(region).getByText('Confident (91%)')).toBeInTheDocument()
    expect(within(region).getByText('High')).toBeInTheDocument()
    expect(within(region).getByText('Problem')).toBeInTheDocument()
    expect(within(region).getByText('Very negative')).toBeInTheDocument()
    expect(within(region).queryByText(/score/)).not.toBeInTheDocument()
    expect(within(region).getByText('Frustrated')).toBeInTheDocument()
    expect(within(region).queryByText('Urgent')).not.toBeInTheDocument()
    expect(within(region).getByText('German')).toBeInTheDocument()
  })

  it('flags the sensitive topics a human must see, in the agent language', async () => {
    renderWithHost(
      <Insights />,
      hostAnswering(() => sampleAnalysis({ sensitiveTopics: ['self_harm', 'data_loss'] })),
    )
    const region = await screen.findByRole('region', { name: 'Insights' })
    expect(await within(region).findByText('Needs a human')).toBeInTheDocument()
    expect(within(region).getByText('Self-harm')).toBeInTheDocument()
    expect(within(region).getByText('Data loss')).toBeInTheDocument()
  })

  it('shows no flags when no sensitive topic was found', async () => {
    renderWithHost(
      <Insights />,
      hostAnswering(() => sampleAnalysis()),
    )
    expect(await screen.findByText('Account and login')).toBeInTheDocument()
    expect(screen.queryByText('Needs a human')).not.toBeInTheDocument()
  })

  it('applies the suggested priority in one click', async () => {
    const { host } = renderWithHost(
      <Insights />,
      hostAnswering(() => sampleAnalysis()),
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Apply priority High to the ticket' }))
    expect(host.priorities).toEqual(['high'])
    expect(await screen.findByText('Priority set to High')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Apply priority/ })).not.toBeInTheDocument()
  })

  it('offers no Apply when the ticket already has the suggested priority', async () => {
    const host = hostAnswering(() => sampleAnalysis({ priority: { label: 'normal', confidence: 0.8 } }))
    renderWithHost(<Insights />, host)
    expect(await screen.findByText('Normal')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Apply priority/ })).not.toBeInTheDocument()
  })

  it('shows the error with a Retry that analyzes again', async () => {
    let attempts = 0
    const host = hostAnswering(() => {
      attempts += 1
      if (attempts === 1) throw problem(503, 'llm_rate_limited')
      return sampleAnalysis()
    })
    renderWithHost(<Insights />, host)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not analyze this ticket.')
    expect(alert).toHaveTextContent('The AI service is busy. Try again in a moment.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Account and login')).toBeInTheDocument()
    expect(attempts).toBe(2)
  })

  it('offers no Apply below the confidence threshold and says the suggestion is a guess', async () => {
    const host = hostAnswering(() =>
      sampleAnalysis({
        priority: { label: 'high', confidence: 0.44 },
        type: { label: 'question', confidence: 0.3 },
      }),
    )
    renderWithHost(<Insights />, host)
    expect(await screen.findByText('Unsure — a guess (44%)')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Apply/ })).not.toBeInTheDocument()
  })

  it('applies the suggested type in one click', async () => {
    const { host } = renderWithHost(
      <Insights />,
      hostAnswering(() => sampleAnalysis({ type: { label: 'incident', confidence: 0.85 } })),
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Apply type Incident to the ticket' }))
    expect(host.types).toEqual(['incident'])
    expect(await screen.findByText('Type set to Incident')).toBeInTheDocument()
  })

  it('says there is nothing to analyse instead of showing raw codes', async () => {
    const host = hostAnswering(() =>
      sampleAnalysis({
        category: { label: 'other', confidence: 0 },
        priority: { label: 'normal', confidence: 0 },
        type: { label: 'question', confidence: 0 },
        language: { code: 'und', confidence: 0 },
      }),
    )
    renderWithHost(<Insights />, host)
    expect(await screen.findByText(/Nothing to analyse/)).toBeInTheDocument()
    expect(screen.queryByText(/UND|0%/)).not.toBeInTheDocument()
  })
})
