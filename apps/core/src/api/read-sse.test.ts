import { describe, expect, it } from 'vitest'
import { createSseBody } from '../testing/sse-body.ts'
import { readSse, type SseEvent } from './read-sse.ts'

describe('readSse', () => {
  it('emits each event as soon as it completes, across chunk boundaries', async () => {
    const body = createSseBody()
    const events: SseEvent[] = []
    const reading = readSse(body.stream, (event) => events.push(event))
    body.push('event: delta\ndata: {"text":"Hel')
    await Promise.resolve()
    expect(events).toEqual([])
    body.push('lo"}\n\nevent: delta\r\ndata: {"text":" there"}\r\n\r\n')
    body.push(': keep-alive\n\ndata: a\ndata: b\n\n')
    body.close()
    await reading
    expect(events).toEqual([
      { event: 'delta', data: '{"text":"Hello"}' },
      { event: 'delta', data: '{"text":" there"}' },
      { event: 'message', data: 'a\nb' },
    ])
  })

  it('cancels the stream when a handler throws', async () => {
    const body = createSseBody()
    const reading = readSse(body.stream, () => {
      throw new Error('stop')
    })
    body.push('data: x\n\n')
    await expect(reading).rejects.toThrow('stop')
    expect(body.isCancelled).toBe(true)
  })
})
