import { Agent, request } from 'node:http'
import { summarizeSamples, type SampleSummary } from './summarize-samples.ts'

/** One endpoint to load: the request to repeat and how to tell a good response. */
export type LoadTarget = {
  name: string
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  /** Request bodies, sent in turn (cycling); none for a GET. */
  bodies?: readonly string[]
  /** Builds each request's body and extra headers instead (e.g. a fresh signature per request). */
  nextRequest?: () => { body: string; headers: Record<string, string> }
  /** Returns why a response is wrong, or null when it is what the endpoint promises. */
  check: (status: number, body: string) => string | null
}

/** How hard and how long to load: a closed loop of `concurrency` clients, bounded in time and count. */
export type LoadOptions = {
  baseUrl: URL
  concurrency: number
  warmupMs: number
  durationMs: number
  maxRequests: number
  timeoutMs: number
  /** Reads the server's CPU seconds so far (e.g. workerd's), to report CPU per request. */
  serverCpu?: (() => number) | null
}

/** Throughput and latency of one endpoint under load. */
export type LoadResult = {
  name: string
  requests: number
  errors: number
  firstError: string | null
  seconds: number
  rps: number
  latencyMs: SampleSummary
  /** Server CPU per request over the measured window, ms (null when not readable). */
  serverCpuMsPerRequest: number | null
  /** Cores kept busy on average by the server and by this load client. */
  serverCores: number | null
  clientCores: number
}

type Exchange = { status: number; body: string }

type Outgoing = { body: string | undefined; headers: Record<string, string> | undefined }

const send = (agent: Agent, url: URL, target: LoadTarget, outgoing: Outgoing, timeoutMs: number) =>
  new Promise<Exchange>((resolve, reject) => {
    const { body } = outgoing
    const headers: Record<string, string | number> = { ...target.headers, ...outgoing.headers }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = Buffer.byteLength(body)
    }
    const req = request(url, { agent, method: target.method, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      )
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end(body)
  })

/**
 * Loads one endpoint with a closed loop of concurrent clients over keep-alive HTTP/1.1: a warm-up first (not
 * recorded), then until `durationMs` or `maxRequests`, whichever comes first.
 * @example const result = await runLoad(healthz, { baseUrl, concurrency: 16, warmupMs: 1000, durationMs: 4000, ... })
 */
export const runLoad = async (target: LoadTarget, options: LoadOptions): Promise<LoadResult> => {
  const url = new URL(target.path, options.baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency })
  const bodies = target.bodies ?? []
  let next = 0
  const nextOutgoing = (): Outgoing =>
    target.nextRequest
      ? target.nextRequest()
      : { body: bodies.length === 0 ? undefined : bodies[next++ % bodies.length], headers: undefined }

  const loop = async (
    until: number,
    budget: { left: number },
    record?: (ms: number, fault: string | null) => void,
  ) => {
    while (performance.now() < until && budget.left > 0) {
      budget.left--
      const started = performance.now()
      let fault: string | null
      try {
        const { status, body } = await send(agent, url, target, nextOutgoing(), options.timeoutMs)
        fault = target.check(status, body)
      } catch (err) {
        fault = err instanceof Error ? err.message : String(err)
      }
      record?.(performance.now() - started, fault)
    }
  }
  const clients = (run: () => Promise<void>) => Promise.all(Array.from({ length: options.concurrency }, run))

  try {
    const warmupEnd = performance.now() + options.warmupMs
    const warmupBudget = { left: options.maxRequests }
    await clients(() => loop(warmupEnd, warmupBudget))

    const latencies: number[] = []
    let errors = 0
    let firstError: string | null = null
    const budget = { left: options.maxRequests }
    const serverCpuBefore = options.serverCpu?.() ?? null
    const clientCpuBefore = process.cpuUsage()
    const started = performance.now()
    await clients(() =>
      loop(started + options.durationMs, budget, (ms, fault) => {
        latencies.push(ms)
        if (fault !== null) {
          errors++
          firstError ??= fault
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const clientCpu = process.cpuUsage(clientCpuBefore)
    const serverCpuSeconds =
      serverCpuBefore === null || !options.serverCpu ? null : options.serverCpu() - serverCpuBefore
    return {
      name: target.name,
      requests: latencies.length,
      errors,
      firstError,
      seconds,
      rps: latencies.length / seconds,
      latencyMs: summarizeSamples(latencies),
      serverCpuMsPerRequest:
        serverCpuSeconds === null || latencies.length === 0
          ? null
          : (serverCpuSeconds * 1000) / latencies.length,
      serverCores: serverCpuSeconds === null ? null : serverCpuSeconds / seconds,
      clientCores: (clientCpu.user + clientCpu.system) / 1e6 / seconds,
    }
  } finally {
    agent.destroy()
  }
}
