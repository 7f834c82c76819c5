import { AppError } from '@deskmate/shared'
import { WorkerResponseError } from '../host/host-client.ts'

/** HTTP statuses a proxy answers with when the Worker behind it does not answer (0: the request never left). */
const UNREACHABLE_STATUSES = new Set([0, 502, 503, 504])

const hasProblemCode = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string'

/** The Worker did not answer at all: one banner for the whole sidebar, retried with backoff. */
export class ServerUnreachableError extends AppError {
  override name = 'ServerUnreachableError'

  constructor(cause: unknown) {
    super('internal', "Deskmate's server is unreachable", { cause })
  }
}

/** True when a raw Worker call failure means the Worker itself was not reached (not an answer it gave). */
export const isUnreachableFailure = (error: unknown): boolean => {
  if (error instanceof WorkerResponseError)
    return UNREACHABLE_STATUSES.has(error.status) && !hasProblemCode(error.body)
  // fetch rejects with a TypeError when the network fails.
  return error instanceof TypeError
}

/** True for the error the Worker client throws when the Worker was not reached. */
export const isServerUnreachable = (error: unknown): boolean => error instanceof ServerUnreachableError
