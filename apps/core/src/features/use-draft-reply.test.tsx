import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Draft } from '@deskmate/shared'
import { WorkerResponseError } from '../host/host-client.ts'
import { createFakeHost } from '../testing/fake-host.ts'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { createSseBody, createStreamFetch, sseEvent } from '../testing/sse-body.ts'
import { useDraftReply } from './use-draft-reply.ts'
import { useTicket } from './ticket-context.tsx'

const finished: Draft = { text: 'Hello Ana', citations: [], language: 'en', tone: 'formal', engine: 'local' }

const DraftView = () => {
  const ticket = useTicket()
  const reply = useDraftReply(ticket.status === 'success' ? ticket.data : undefined)
  return (
    <>
      <button
        type="button"
        disabled={ticket.status !== 'success'}
        onClick={() => reply.start({ tone: 'formal', language: 'en' })}
      >
        Draft
      </button>
      <p>
        {reply.status}:{reply.error?.message ?? ''}:{reply.text}
      </p>
    </>
  )
}

/** A proxy that cannot reach the Worker for the first `downCalls` token requests. */
const setup = (downCalls: number) => {
  let calls = 0
  const host = createFakeHost({
    routes: {
      'POST /v1/replies/stream-token': () => {
        calls += 1
        if (calls <= downCalls) throw new WorkerResponseError(502, 'Bad Gateway')
        return { token: 't', url: '/v1/replies/stream/t', expiresAt: '' }
      },
    },
  })
  const body = createSseBody()
  const stream = createStreamFetch(() => body.stream)
  renderWithHost(<DraftView />, host, { fetch: stream.fetch, retryDelaysMs: [10] })
  return { host, body }
}

describe('useDraftReply', () => {
  it('starts a draft that failed on an unreachable server again, with the same options, when it answers', async () => {
    const { host, body } = setup(2)
    const draftButton = await screen.findByRole('button', { name: 'Draft' })
    await act(async () => draftButton.click())
    expect(await screen.findByText("error:Deskmate's server is unreachable:")).toBeInTheDocument()

    // Two backoff retries later the token call goes through, and the stream is read.
    expect(await screen.findByText('streaming::')).toBeInTheDocument()
    await act(async () => {
      body.push(sseEvent('delta', { text: 'Hello Ana' }) + sseEvent('done', finished))
      body.close()
    })
    expect(await screen.findByText('done::Hello Ana')).toBeInTheDocument()
    const tokenCalls = host.calls.filter((call) => call.path === '/v1/replies/stream-token')
    expect(tokenCalls).toHaveLength(3)
    expect(tokenCalls.map((call) => call.body)).toEqual(
      tokenCalls.map(() => expect.objectContaining({ tone: 'formal', language: 'en' })),
    )
  })

  it('does not start a draft again after an error the server answered with', async () => {
    const host = createFakeHost({
      routes: {
        'POST /v1/replies/stream-token': () => {
          throw new WorkerResponseError(500, { code: 'internal', title: 'Boom', status: 500 })
        },
        'GET /v1/settings': () => ({}),
      },
    })
    renderWithHost(<DraftView />, host, { retryDelaysMs: [10] })
    const draftButton = await screen.findByRole('button', { name: 'Draft' })
    await act(async () => draftButton.click())
    expect(await screen.findByText(/^error:/)).toBeInTheDocument()
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(host.calls.filter((call) => call.path === '/v1/replies/stream-token')).toHaveLength(1)
  })
})
