import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Draft } from '@deskmate/shared'
import { createSseBody, createStreamFetch, sampleAnalysis, sseEvent } from '@deskmate/app-core/testing'
import { createFreshdeskHost } from '../host/freshdesk-host.ts'
import { createFakeFreshworksClient } from '../testing/fake-freshworks-client.ts'
import { App } from './App.tsx'

const ANSWERS: Record<string, unknown> = {
  getSettings: DEFAULT_SETTINGS,
  analyzeTicket: sampleAnalysis({ language: { code: 'en', confidence: 0.9 } }),
  suggestArticles: { engine: 'local', articles: [] },
  listActivity: { items: [], counters: {} },
  createStreamToken: { token: 't', url: '/v1/replies/stream/t', expiresAt: '' },
}

const finished: Draft = {
  text: 'Hi Ana, reset it here.',
  citations: [],
  language: 'en',
  tone: 'friendly',
  engine: 'local',
}

/** The app over the real Freshdesk host and a fake Freshworks client: data, templates, interface. */
const renderApp = (ticket: Record<string, unknown>) => {
  const fake = createFakeFreshworksClient({
    data: {
      ticket: {
        id: 7,
        subject: 'Forgot my password',
        description_text: 'I cannot log in',
        status: 2,
        priority: 1,
        ...ticket,
      },
      loggedInUser: { contact: { name: 'Sam Agent', language: 'en' } },
    },
    iparams: { backend_host: 'deskmate.example.workers.dev' },
    invokeTemplate: async (name) => ({ status: 200, response: JSON.stringify(ANSWERS[name]) }),
  })
  const body = createSseBody()
  const stream = createStreamFetch(() => body.stream)
  render(<App host={createFreshdeskHost(fake.client)} locale="en" fetch={stream.fetch} />)
  return { ...fake, body, stream }
}

describe('Freshdesk App', () => {
  it('counts the SLA badge down to fr_due_by before the first response', async () => {
    renderApp({
      created_at: '2026-01-05T09:00:00Z',
      fr_due_by: '2999-01-05T13:00:00Z',
      due_by: '2999-01-06T09:00:00Z',
    })
    const sla = await screen.findByRole('region', { name: 'SLA' })
    expect(await within(sla).findByText('On track')).toBeInTheDocument()
    expect(sla).toHaveTextContent('First reply')
  })

  it('applies a priority through the priority field in Freshdesk codes', async () => {
    const { calls } = renderApp({})
    await userEvent.click(await screen.findByRole('button', { name: 'Apply priority High to the ticket' }))
    expect(calls).toContainEqual({
      api: 'interface.trigger',
      name: 'setValue',
      options: { id: 'priority', value: 3 },
    })
  })

  it('streams a draft from the backend host and inserts it into the reply editor', async () => {
    const { calls, body, stream } = renderApp({})
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () => {
      body.push(sseEvent('delta', { text: finished.text }) + sseEvent('done', finished))
      body.close()
    })
    expect(stream.urls).toEqual(['https://deskmate.example.workers.dev/v1/replies/stream/t'])
    expect(calls.find((c) => c.name === 'createStreamToken')).toBeDefined()
    await userEvent.click(await screen.findByRole('button', { name: 'Insert' }))
    const inserted = calls.find((c) => c.api === 'interface.trigger' && c.name === 'setValue')
    expect(inserted?.options).toMatchObject({
      id: 'editor',
      text: expect.stringContaining('Hi Ana, reset it here.'),
    })
  })
})
