import type {
  ActivityResponse,
  Analysis,
  Draft,
  Settings,
  StreamToken,
  SuggestResponse,
  Ticket,
  Tone,
} from '@deskmate/shared'
import { parseProblem } from '@deskmate/shared'
import { WorkerResponseError, type HostClient } from '../host/host-client.ts'
import { readSse } from './read-sse.ts'
import { toAppError } from './to-app-error.ts'
import { isUnreachableFailure, ServerUnreachableError } from './server-unreachable.ts'

/** Told after every Worker call whether it reached the Worker (see server-status.ts). */
export type ReachabilityListener = { markReachable: () => void; markUnreachable: () => void }

/** Options of one draft: tone, language and the articles to ground it in. */
export type DraftOptions = { tone: Tone; language?: string; articleIds?: string[]; agentName?: string }

/** Callbacks of a streamed draft. */
export type DraftStreamHandlers = {
  onDelta: (text: string) => void
  onReset: () => void
  onDone: (draft: Draft) => void
}

/** The Worker API as the sidebar uses it; every method rejects with an AppError. */
export type WorkerClient = {
  analyze(ticket: Ticket): Promise<Analysis>
  suggest(ticket: Ticket, limit?: number): Promise<SuggestResponse>
  getSettings(): Promise<Settings>
  getActivity(ticketId: string, limit?: number): Promise<ActivityResponse>
  streamDraft(
    ticket: Ticket,
    options: DraftOptions,
    signal: AbortSignal,
    handlers: DraftStreamHandlers,
  ): Promise<void>
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Creates the Worker client over the host's proxy; `fetch` is used only for the direct draft stream. */
export const createWorkerClient = (
  host: HostClient,
  options: { fetch?: typeof fetch; reachability?: ReachabilityListener } = {},
): WorkerClient => {
  const reachability = options.reachability
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const isRegisteredNow = (): Promise<boolean> =>
    host.registerInstallation?.().then(
      (outcome) => outcome === 'registered',
      () => false,
    ) ?? Promise.resolve(false)
  const callOnce = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    try {
      const answer = await host.callWorker<T>(method, path, body)
      reachability?.markReachable()
      return answer
    } catch (error) {
      if (!isUnreachableFailure(error)) {
        reachability?.markReachable()
        throw error
      }
      reachability?.markUnreachable()
      throw new ServerUnreachableError(error)
    }
  }
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    try {
      return await callOnce<T>(method, path, body)
    } catch (error) {
      // A new installation is unknown to the Worker until its admin's registration lands: then once more.
      const isUnknown = error instanceof WorkerResponseError && error.status === 401
      if (!isUnknown || !(await isRegisteredNow())) throw toAppError(error)
    }
    try {
      return await callOnce<T>(method, path, body)
    } catch (error) {
      throw toAppError(error)
    }
  }

  const openStream = async (token: StreamToken, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> => {
    const url = await host.resolveWorkerUrl(token.url)
    const response = await fetchFn(url, { method: 'GET', signal, credentials: 'omit' })
    if (!response.ok || !response.body) {
      throw parseProblem(parseJson(await response.text()), response.status)
    }
    return response.body
  }

  return {
    analyze: (ticket) => call('POST', '/v1/tickets/analyze', { ticket }),
    suggest: (ticket, limit = 3) => call('POST', '/v1/kb/suggest', { ticket, limit }),
    getSettings: () => call('GET', '/v1/settings'),
    getActivity: (ticketId, limit = 10) =>
      call('GET', `/v1/activity?ticketId=${encodeURIComponent(ticketId)}&limit=${limit}`),
    streamDraft: async (ticket, draftOptions, signal, handlers) => {
      const token = await call<StreamToken>('POST', '/v1/replies/stream-token', { ticket, ...draftOptions })
      const body = await openStream(token, signal)
      let isFinished = false
      await readSse(body, ({ event, data }) => {
        const payload = parseJson(data)
        if (event === 'delta')
          handlers.onDelta(String((payload as { text?: unknown } | undefined)?.text ?? ''))
        else if (event === 'reset') handlers.onReset()
        else if (event === 'done') {
          isFinished = true
          handlers.onDone(payload as Draft)
        } else if (event === 'error') {
          throw parseProblem(payload, (payload as { status?: number } | undefined)?.status ?? 500)
        }
      })
      if (!isFinished) throw toAppError(new Error('The draft stream ended before it finished'))
    },
  }
}
