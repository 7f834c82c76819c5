import { AppError, type Draft } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { createFakeHost, problem, sampleTicket } from '../testing/fake-host.ts'
import { createSseBody, createStreamFetch, sseEvent } from '../testing/sse-body.ts'
import { isServerUnreachable } from './server-unreachable.ts'
import { createWorkerClient } from './worker-client.ts'

const draft: Draft = { text: 'Hello Ana', citations: [], language: 'en', tone: 'friendly', engine: 'local' }
const ticket = sampleTicket().ticket

describe('createWorkerClient', () => {
  it('turns a problem+json failure into an AppError with its code', async () => {
    const host = createFakeHost({
      routes: {
        'POST /v1/tickets/analyze': () => {
          throw problem(413, 'payload_too_large', 'Too big')
        },
      },
    })
    const error = await createWorkerClient(host)
      .analyze(ticket)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect([(error as AppError).code, (error as AppError).message]).toEqual(['payload_too_large', 'Too big'])
  })

  it('asks for activity of one ticket', async () => {
    const host = createFakeHost({ routes: { 'GET /v1/activity': () => ({ items: [], counters: {} }) } })
    await createWorkerClient(host).getActivity('4 2')
    expect(host.calls[0]?.path).toBe('/v1/activity?ticketId=4%202&limit=10')
  })

  it('streams a draft: token through the proxy, then a direct fetch of the SSE body', async () => {
    const host = createFakeHost({
      routes: {
        'POST /v1/replies/stream-token': () => ({ token: 't1', url: '/v1/replies/stream/t1', expiresAt: '' }),
      },
    })
    const body = createSseBody()
    const stream = createStreamFetch(() => body.stream)
    const seen: string[] = []
    const done = createWorkerClient(host, { fetch: stream.fetch }).streamDraft(
      ticket,
      { tone: 'formal', language: 'de' },
      new AbortController().signal,
      {
        onDelta: (t) => seen.push(`delta:${t}`),
        onReset: () => seen.push('reset'),
        onDone: (d) => seen.push(`done:${d.text}`),
      },
    )
    body.push(
      sseEvent('delta', { text: 'Hi' }) + sseEvent('reset', {}) + sseEvent('delta', { text: 'Hello Ana' }),
    )
    body.push(sseEvent('done', draft))
    body.close()
    await done
    expect(host.calls[0]?.body).toEqual({ ticket, tone: 'formal', language: 'de' })
    expect(stream.urls).toEqual(['http://127.0.0.1:8787/v1/replies/stream/t1'])
    expect(seen).toEqual(['delta:Hi', 'reset', 'delta:Hello Ana', 'done:Hello Ana'])
  })

  it('rejects with the AppError of an error event', async () => {
    const host = createFakeHost({
      routes: { 'POST /v1/replies/stream-token': () => ({ token: 't', url: 'http://w/s', expiresAt: '' }) },
    })
    const body = createSseBody()
    const stream = createStreamFetch(() => body.stream)
    const handlers = { onDelta: () => undefined, onReset: () => undefined, onDone: () => undefined }
    const done = createWorkerClient(host, { fetch: stream.fetch }).streamDraft(
      ticket,
      { tone: 'friendly' },
      new AbortController().signal,
      handlers,
    )
    body.push(sseEvent('error', { type: 'x', title: 'Slow', status: 504, code: 'llm_timeout' }))
    await expect(done).rejects.toMatchObject({ code: 'llm_timeout' })
  })

  it('rejects with the problem of a refused stream (a reused token)', async () => {
    const host = createFakeHost({
      routes: { 'POST /v1/replies/stream-token': () => ({ token: 't', url: 'http://w/s', expiresAt: '' }) },
    })
    const refused = JSON.stringify({ type: 'x', title: 'Used', status: 401, code: 'unauthorized' })
    const stream = createStreamFetch(() => new Response(refused, { status: 401 }))
    const handlers = { onDelta: () => undefined, onReset: () => undefined, onDone: () => undefined }
    await expect(
      createWorkerClient(host, { fetch: stream.fetch }).streamDraft(
        ticket,
        { tone: 'friendly' },
        new AbortController().signal,
        handlers,
      ),
    ).rejects.toMatchObject({ code: 'unauthorized', message: 'Used' })
  })

  it('reports a stream the network could not open as an unreachable server', async () => {
    const host = createFakeHost({
      routes: { 'POST /v1/replies/stream-token': () => ({ token: 't', url: 'http://w/s', expiresAt: '' }) },
    })
    const seen: string[] = []
    const reachability = { markReachable: () => seen.push('up'), markUnreachable: () => seen.push('down') }
    const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch
    const handlers = { onDelta: () => undefined, onReset: () => undefined, onDone: () => undefined }
    const error = await createWorkerClient(host, { fetch, reachability })
      .streamDraft(ticket, { tone: 'friendly' }, new AbortController().signal, handlers)
      .catch((e: unknown) => e)
    expect(isServerUnreachable(error)).toBe(true)
    expect(seen).toEqual(['up', 'down'])
  })

  it('calls again once after a 401 when the installation has just registered', async () => {
    let isRegistered = false
    const host = createFakeHost({
      routes: {
        'GET /v1/settings': () => {
          if (!isRegistered) throw problem(401, 'unauthorized')
          return { mode: 'off' }
        },
      },
    })
    host.registerInstallation = async () => {
      isRegistered = true
      return 'registered'
    }
    expect(await createWorkerClient(host).getSettings()).toEqual({ mode: 'off' })
    expect(host.calls).toHaveLength(2)
  })

  it('keeps a 401 when registration was skipped or failed', async () => {
    const host = createFakeHost({
      routes: {
        'GET /v1/settings': () => {
          throw problem(401, 'unauthorized')
        },
      },
    })
    for (const register of [
      async () => 'skipped' as const,
      () => Promise.reject(problem(403, 'forbidden')),
    ]) {
      host.registerInstallation = register
      host.calls.length = 0
      await expect(createWorkerClient(host).getSettings()).rejects.toMatchObject({ code: 'unauthorized' })
      expect(host.calls).toHaveLength(1)
    }
  })
})
