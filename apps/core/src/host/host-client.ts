import type { Priority, SlaPolicyMetric, SlaTicketFacts, Ticket, TicketType } from '@deskmate/shared'

/** Helpdesks the sidebar runs in. */
export const HOST_KINDS = ['zendesk', 'freshdesk'] as const
export type HostKind = (typeof HOST_KINDS)[number]

/** HTTP methods the sidebar uses against the Worker. */
export type WorkerMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** The ticket open in the agent's view: the shared Ticket plus what the SLA badge needs. */
export type HostTicket = {
  id: string
  ticket: Ticket
  sla: SlaTicketFacts
}

/** A reply to put into the composer, in both forms so the host picks what its editor accepts. */
export type ReplyContent = { html: string; text: string }

/** A Worker answer outside 2xx (status 0 when the request never got an answer). */
export class WorkerResponseError extends Error {
  override name = 'WorkerResponseError'
  readonly status: number
  readonly body: unknown

  constructor(status: number, body: unknown) {
    super(`Worker answered HTTP ${status}`)
    this.status = status
    this.body = body
  }
}

/** What registering the installation did: `registered` it now, or `skipped` (not an admin, or done before). */
export type RegistrationOutcome = 'registered' | 'skipped'

/** Everything the sidebar needs from the helpdesk it is embedded in. */
export interface HostClient {
  readonly kind: HostKind
  /** Reads the open ticket. */
  getTicket(): Promise<HostTicket>
  /** The signed-in agent's display name (drafts are signed with it); hosts that cannot tell omit it. */
  getAgentName?(): Promise<string | undefined>
  /** The agent's locale as the helpdesk reports it (e.g. `pt-BR`). */
  getLocale(): Promise<string>
  /** The helpdesk's own SLA metrics for the ticket, or null when the account has none. */
  getSlaMetrics(ticketId: string): Promise<SlaPolicyMetric[] | null>
  /** Appends a reply to the agent's composer. */
  insertReply(content: ReplyContent): Promise<void>
  /** Sets the ticket's priority field (saved with the agent's next update). */
  setPriority(priority: Priority): Promise<void>
  /** Sets the ticket's type field (saved with the agent's next update); hosts without one omit it. */
  setType?(type: TicketType): Promise<void>
  /** Calls the Worker through the helpdesk's signing proxy; rejects with WorkerResponseError. */
  callWorker<T>(method: WorkerMethod, path: string, body?: unknown): Promise<T>
  /** Resolves a Worker path or URL to an absolute URL the iframe can fetch directly. */
  resolveWorkerUrl(pathOrUrl: string): Promise<string>
  /** Opens a URL in a new browser tab. */
  openUrl(url: string): void
  /** Asks the helpdesk to size the sidebar frame. */
  resize(heightPx: number): void
  /** Calls `listener` whenever the ticket changes; returns the unsubscribe function. */
  onTicketChanged(listener: () => void): () => void
  /**
   * Connects the installation to the Worker on an administrator's first load (hosts that connect elsewhere
   * omit it). Calls share one attempt until a Worker call finds the stored registration stale; rejects with
   * WorkerResponseError.
   */
  registerInstallation?(): Promise<RegistrationOutcome>
}
