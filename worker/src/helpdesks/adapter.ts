import type { KbArticle, Priority, Ticket, TicketEvent } from '@deskmate/shared'
import type { HelpdeskKind } from '../db/tenants-repo.ts'

/** A verified delivery: its id (for replay protection) and when the helpdesk sent it. */
export type VerifiedDelivery = { deliveryId: string; sentAt: Date }

/**
 * A ticket as the automation re-reads it: the engines' view plus what the pipeline checks, and the stamp of
 * its last change (an update conditioned on it is refused once anything else changed the ticket).
 */
export type HelpdeskTicket = {
  ticket: Ticket & { id: string }
  status: string
  tags: string[]
  updatedStamp: string
  /** The requester's latest public comment after the first message (read only when asked for). */
  followUp?: string
}

/** Whether a conditional update was applied, or refused because the ticket changed since its stamp. */
export type UpdateResult = 'applied' | 'conflict'

/** One update of a ticket: a comment, tags to add, and the escalation's field changes. */
export type TicketUpdate = {
  comment: { html: string; isPublic: boolean }
  addTags: string[]
  priority?: Priority
  groupId?: string
  /** The ticket's new status (e.g. pending after a public auto-reply). */
  status?: string
}

/** Articles changed since a cursor; `removedIds` are local ids of translations no longer published. */
export type ArticleChanges = {
  articles: Array<KbArticle & { sourceId: string }>
  removedIds: string[]
  cursor: number
}

/** A question a customer asked that an agent answered by linking an article. */
export type AnsweredQuestion = { sourceId: string; question: string }

/** What registering an installation found or created in the helpdesk. */
export type Installation = {
  webhookId: string
  webhookSecret: string
  triggerId: string
  isTriggerCreated: boolean
}

/** An administrator the helpdesk vouched for. */
export type AdminIdentity = { userId: string; name: string | null }

/** Credentials and transport for one tenant's helpdesk API. */
export type HelpdeskConnection = {
  account: string
  apiUser: string
  apiToken: string
  /** API origin template; empty for the real helpdesk, a simulator URL with `{account}` locally. */
  apiBase: string
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
}

/** One tenant's helpdesk API, as the automation, the registration and the KB sync use it. */
export interface HelpdeskClient {
  /**
   * Re-reads a ticket with its requester and organization (the webhook is only a hint); with `withFollowUp`,
   * also the requester's latest public comment.
   */
  fetchTicket(ticketId: string, options?: { withFollowUp?: boolean }): Promise<HelpdeskTicket>
  /**
   * Adds a comment and tags and applies field changes in one update, so it happens entirely or not at all,
   * and only if the ticket is unchanged since `updatedStamp`: resending it can never apply it twice.
   */
  updateTicket(ticketId: string, update: TicketUpdate, updatedStamp: string): Promise<UpdateResult>
  /** Checks the credentials; throws `forbidden` when they do not belong to an agent or admin. */
  verifyCredentials(): Promise<{ userId: string; role: string }>
  /**
   * Checks a token the helpdesk signed for a user of `installationId` (Zendesk: the ZAF JWT of a signed location)
   * and asks the helpdesk whether that user is an administrator now. Throws `unauthorized` or `token_expired`
   * for a token it did not sign for this installation, `admin_required` for a user who is not an admin.
   */
  verifyAdminToken(token: string, installationId: string, now: Date): Promise<AdminIdentity>
  /** Finds the installation's webhook, reads its signing secret and makes sure the trigger exists. */
  connectInstallation(installationId: string): Promise<Installation>
  /** Published articles in every locale changed since `cursor` (0 = everything). */
  listArticleChanges(cursor: number): Promise<ArticleChanges>
  /** Source ids of every published article (to remove deleted ones). */
  listPublishedArticleIds(): Promise<Set<string>>
  /** Questions from solved tickets whose public agent replies linked an article. */
  listAnsweredQuestions(limit: number): Promise<AnsweredQuestion[]>
}

/** One helpdesk's webhook intake and API: the same contract for every helpdesk Deskmate supports. */
export interface HelpdeskAdapter {
  readonly kind: HelpdeskKind
  /** Ticket updates per minute Deskmate allows itself per account (below the helpdesk's own limit). */
  readonly ticketUpdatesPerMinute: number
  /** The API origin template from the Worker's vars (empty in production: the helpdesk's own hosts). */
  apiBase(env: Env): string
  /** Which account and ticket a webhook names; a hint until its signature is verified. */
  parseWebhook(rawBody: string): TicketEvent
  /** Throws AppError('webhook_signature_invalid') unless the delivery is signed with `secret` and fresh. */
  verifyWebhook(headers: Headers, rawBody: string, secret: string, now: Date): Promise<VerifiedDelivery>
  /** The API client for one tenant. */
  connect(connection: HelpdeskConnection): HelpdeskClient
}
