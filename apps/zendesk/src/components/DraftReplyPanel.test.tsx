import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Draft } from '@deskmate/shared'
import { CANCEL_GUARD_MS, useTicket } from '@deskmate/app-core'
import {
  createFakeHost,
  createSseBody,
  createStreamFetch,
  problem,
  sseEvent,
} from '@deskmate/app-core/testing'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { DraftReplyPanel } from './DraftReplyPanel.tsx'

const finished: Draft = {
  text: 'Hallo Ana,\n\nsetzen Sie Ihr Passwort zurück.',
  citations: [{ id: 'a1', title: 'Reset your password', url: 'https://help.example.com/a1' }],
  language: 'de',
  tone: 'friendly',
  engine: 'local',
}

const Draft = ({ customerLanguage = 'de' }: { customerLanguage?: string }) => {
  const ticket = useTicket()
  return ticket.status === 'success' ? (
    <DraftReplyPanel ticket={ticket.data} customerLanguage={customerLanguage} />
  ) : null
}

const setup = (
  tokenRoute: () => unknown = () => ({ token: 't', url: '/v1/replies/stream/t', expiresAt: '' }),
) => {
  let body = createSseBody()
  const stream = createStreamFetch(() => {
    body = createSseBody()
    return body.stream
  })
  const host = createFakeHost({ routes: { 'POST /v1/replies/stream-token': tokenRoute } })
  const view = renderWithHost(<Draft />, host, { fetch: stream.fetch })
  return { ...view, stream, body: () => body }
}

const preview = () => screen.getByRole('region', { name: 'Draft preview' })

describe('DraftReplyPanel', () => {
  it('starts idle with the customer language preselected', async () => {
    setup()
    expect(await screen.findByText(/Pick a tone and a language/)).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Reply language' })).toHaveValue('de')
    expect(screen.getByRole('combobox', { name: 'Tone' })).toHaveValue('friendly')
  })

  it('streams the draft into the preview as it is written, then offers Insert and Regenerate', async () => {
    const { host, body, stream } = setup()
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Tone' }), 'formal')
    await userEvent.click(screen.getByRole('button', { name: 'Draft reply' }))
    expect(await screen.findByText('Writing the draft…')).toBeInTheDocument()
    expect(host.calls[0]?.body).toMatchObject({ tone: 'formal', language: 'de' })
    // The Worker picks the articles with their confidence; the sidebar does not force its suggestions.
    expect(host.calls[0]?.body).not.toHaveProperty('articleIds')

    await act(async () => body().push(sseEvent('delta', { text: 'Hallo ' })))
    expect(preview()).toHaveTextContent('Hallo')
    expect(preview()).toHaveAttribute('aria-busy', 'true')
    await act(async () => body().push(sseEvent('reset', {}) + sseEvent('delta', { text: 'Hallo Ana,' })))
    expect(preview().textContent).toBe('Hallo Ana,')
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument()

    await act(async () => {
      body().push(sseEvent('done', finished))
      body().close()
    })
    expect(preview().textContent).toBe(finished.text)
    expect(screen.getByRole('link', { name: 'Reset your password' })).toHaveAttribute(
      'href',
      'https://help.example.com/a1',
    )
    expect(screen.getByText('Written by the built-in engine')).toBeInTheDocument()
    expect(stream.urls).toEqual(['http://127.0.0.1:8787/v1/replies/stream/t'])

    await userEvent.click(screen.getByRole('button', { name: 'Insert' }))
    expect(host.inserted).toEqual([
      { text: finished.text, html: '<p>Hallo Ana,</p><p>setzen Sie Ihr Passwort zurück.</p>' },
    ])
    expect(await screen.findByText('Draft inserted into the reply.')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Regenerate' }))
    expect(host.calls).toHaveLength(2)
    expect(await screen.findByText('Writing the draft…')).toBeInTheDocument()
  })

  it('says when no article answers the ticket, in the agent language, before the draft', async () => {
    const { body } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    const review = [{ code: 'no_answer', message: 'No article answers this — review before sending' }]
    await act(async () => {
      body().push(sseEvent('done', { ...finished, citations: [], review }))
      body().close()
    })
    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('Review before sending')
    expect(notice).toHaveTextContent('No article answers this — review before sending')
    expect(screen.getByRole('button', { name: 'Insert' })).toBeInTheDocument()
  })

  it('shows no review notice for a draft grounded in an article', async () => {
    const { body } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () => {
      body().push(sseEvent('done', finished))
      body().close()
    })
    expect(await screen.findByRole('button', { name: 'Insert' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('cancels a streaming draft', async () => {
    const { body } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () => body().push(sseEvent('delta', { text: 'Hal' })))
    await new Promise((resolve) => setTimeout(resolve, CANCEL_GUARD_MS + 50))
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByText('Drafting cancelled.')).toBeInTheDocument()
    expect(body().isCancelled).toBe(true)
    expect(screen.getByRole('button', { name: 'Draft reply' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Insert' })).not.toBeInTheDocument()
  })

  it('shows an error with a Retry that drafts again', async () => {
    let attempts = 0
    const { body } = setup(() => {
      attempts += 1
      if (attempts === 1) throw problem(429, 'rate_limited')
      return { token: 't', url: '/v1/replies/stream/t', expiresAt: '' }
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not draft a reply.')
    expect(alert).toHaveTextContent('Too many requests right now.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await act(async () => body().push(sseEvent('delta', { text: 'Hallo' })))
    expect(preview()).toHaveTextContent('Hallo')
  })

  it('shows the stream error event as an error', async () => {
    const { body } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () =>
      body().push(sseEvent('error', { type: 'x', title: 'Slow', status: 504, code: 'llm_timeout' })),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('The AI service took too long.')
  })

  it('keeps drafting after a double-click on Draft reply (Cancel takes its place)', async () => {
    const { body } = setup()
    await userEvent.dblClick(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () => body().push(sseEvent('delta', { text: 'Hallo' })))
    expect(screen.getByText('Writing the draft…')).toBeInTheDocument()
    expect(body().isCancelled).toBe(false)
    expect(preview()).toHaveTextContent('Hallo')
  })

  it('keeps drafting when Enter is pressed twice on Draft reply', async () => {
    const { body } = setup()
    ;(await screen.findByRole('button', { name: 'Draft reply' })).focus()
    await userEvent.keyboard('{Enter}{Enter}')
    await act(async () => body().push(sseEvent('delta', { text: 'Hallo' })))
    expect(body().isCancelled).toBe(false)
    expect(screen.getByText('Writing the draft…')).toBeInTheDocument()
  })

  it('warns before inserting the same draft a second time', async () => {
    const { host, body } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () => {
      body().push(sseEvent('done', finished))
      body().close()
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Insert' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Insert' }))
    expect(host.inserted).toHaveLength(1)
    expect(await screen.findByText(/already in the reply/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Insert again' }))
    expect(host.inserted).toHaveLength(2)
  })

  it('signs the draft with the agent name the helpdesk reports', async () => {
    const { host } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    expect(host.calls[0]?.body).toMatchObject({ agentName: 'Dana Agent' })
  })

  it('hints that the preview scrolls when the draft is cut off', async () => {
    const { body } = setup()
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(900)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(320)
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reply' }))
    await act(async () => body().push(sseEvent('delta', { text: 'A long draft' })))
    expect(await screen.findByText('↓ Scroll for the rest of the draft')).toBeInTheDocument()
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})
