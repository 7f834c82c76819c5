import type {
  HelpdeskCredentials,
  HelpdeskGroup,
  HelpdeskKind,
  HelpdeskTicketField,
  InstalledPart,
  KbArticle,
  Priority,
  Ticket,
  TicketEvent,
  TicketStatus,
} from '@deskmate/shared'
import type { WebhookSecret } from '../crypto/hmac-key.ts'

/**
 * A verified delivery: its id (for replay protection), when the helpdesk sent it, and until when a copy of it
 * must be refused as a replay (each helpdesk's verifier knows how long a copy could still pass it).
 */
export type VerifiedDelivery = { deliveryId: string; sentAt: Date; rememberUntil: Date }

/**
 * A ticket as the automation re-reads it: the engines' view plus what the pipeline checks, and the stamp of
 * its last change (an update conditioned on it is refused once anything else changed the ticket).
 */
export type HelpdeskTicket = {
  ticket: Ticket & { id: string }
  /** The helpdesk's status mapped into Deskmate's. */
  status: TicketStatus
  tags: string[]
  updatedStamp: string
  /** The requester's latest public comment after the first message (read only when asked for). */
  followUp?: string
}

/** Whether an update was applied, or refused because the ticket changed since its stamp (nothing applied). */
export type UpdateResult = 'applied' | 'conflict'

/** One update of a ticket: a comment, tags to add, and the escalation's field changes. */
export type TicketUpdate = {
  comment: { html: string; isPublic: boolean }
  addTags: string[]
  priority?: Priority
  groupId?: string
  /** The ticket's new status (e.g. pending after a public auto-reply), mapped back by the adapter. */
  status?: TicketStatus
}

/**
 * The steps of an update, in the order they are applied: the comment (public reply or private note), the tags,
 * the field changes. The pipeline records each step that landed, so a retry never depends on them landing
 * together (a helpdesk without one atomic update writes a reply, tags and fields in separate calls).
 */
export const UPDATE_STEPS = ['comment', 'tags', 'fields'] as const
export type UpdateStep = (typeof UPDATE_STEPS)[number]

/** Articles changed since a cursor; `removedIds` are local ids of translations no longer published. */
export type ArticleChanges = {
  articles: Array<KbArticle & { sourceId: string }>
  removedIds: string[]
  cursor: number
}

/** A question a customer asked that an agent answered by linking an article. */
export type AnsweredQuestion = { sourceId: string; question: string }

/**
 * What installing Deskmate's automation in the helpdesk did: the secret its deliveries prove they know (read
 * from the helpdesk, or chosen by Deskmate where the helpdesk does not sign), and what the admin must see.
 */
export type Installation = {
  webhookSecret: string
  /** What is in place, in the helpdesk's own words (e.g. a webhook and triggers, or an automation rule). */
  parts: InstalledPart[]
  /** What the admin still has to do by hand (e.g. create a rule the API could not); empty when nothing. */
  adminSteps: string[]
}

/** An administrator the helpdesk vouched for. */
export type AdminIdentity = { userId: string; name: string | null }

/** A user of the helpdesk it vouched for, administrator or agent. */
export type SignedUser = AdminIdentity & { isAdmin: boolean }

/** Credentials and transport for one tenant's helpdesk API. */
export type HelpdeskConnection = {
  account: string
  /** Who the secret belongs to, per helpdesk (Zendesk: the admin's email; Freshdesk: nothing, a key alone). */
  credentials: HelpdeskCredentials
  /** The API token or key. */
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
   * Applies `steps` of `update` in order, reporting the steps that landed to `onApplied` before going on (a
   * helpdesk may apply several in one call: Zendesk applies them all in one update and reports them together).
   * The comment is written only if the ticket is unchanged since `updatedStamp` where the helpdesk can check
   * it; 'conflict' means nothing more was applied. Tags and fields can be resent; the comment must not be, so
   * the pipeline asks `landedSteps` after a conflict or a lost answer.
   */
  applyUpdate(
    ticketId: string,
    update: TicketUpdate,
    steps: readonly UpdateStep[],
    updatedStamp: string,
    onApplied: (steps: UpdateStep[]) => Promise<void>,
  ): Promise<UpdateResult>
  /**
   * Which of `steps` of `update` already show on `ticket`, freshly read (a helpdesk that writes the comment
   * alone re-reads the ticket's conversation for it).
   */
  landedSteps(
    ticket: HelpdeskTicket,
    update: TicketUpdate,
    steps: readonly UpdateStep[],
  ): Promise<UpdateStep[]>
  /** Checks the credentials; throws `forbidden` when they do not belong to an agent or admin. */
  verifyCredentials(): Promise<{ userId: string; role: string }>
  /**
   * Checks a token the helpdesk vouches for, for a user of `installationId` (Zendesk: the ZAF JWT of a signed
   * location; Freshdesk, which signs none: the user's own API key, authenticated by the account's API) and asks
   * the helpdesk whether that user is an administrator now. Throws `unauthorized` or `token_expired` for a token
   * it did not issue for this installation, `admin_required` for a user who is not an admin.
   */
  verifyAdminToken(token: string, installationId: string, now: Date): Promise<AdminIdentity>
  /**
   * As `verifyAdminToken`, but an agent passes too, marked as not an admin (the console's read-only view).
   * A helpdesk without it shows non-admins no console.
   */
  verifyUserToken?(token: string, installationId: string, now: Date): Promise<SignedUser>
  /**
   * Sets up (or finds in place) what makes the helpdesk notify Deskmate of ticket events for `installationId`,
   * idempotently: installing again creates nothing twice.
   */
  install(installationId: string): Promise<Installation>
  /** Published articles in every locale changed since `cursor` (0 = everything). */
  listArticleChanges(cursor: number): Promise<ArticleChanges>
  /** Source ids of every published article (to remove deleted ones). */
  listPublishedArticleIds(): Promise<Set<string>>
  /** Questions from solved tickets whose public agent replies linked an article. */
  listAnsweredQuestions(limit: number): Promise<AnsweredQuestion[]>
  /**
   * The account's latest tickets as the automation would read them, each with the agents' first public reply
   * (the admin console's dry run; read only). A helpdesk without it answers the dry run with 501.
   */
  listRecentTickets?(limit: number): Promise<RecentTicket[]>
  /** The account's latest solved tickets, newest first, as training reads them (read only). */
  listSolvedTickets?(limit: number): Promise<SolvedTicket[]>
  /** The account's agent groups, by name (the console's escalation group picker). */
  listGroups?(): Promise<HelpdeskGroup[]>
  /** The account's custom ticket fields, by name (training's field picker: the field naming the category). */
  listTicketFields?(): Promise<HelpdeskTicketField[]>
  /**
   * Customers' good and bad satisfaction ratings created since `since`, oldest first, a bounded number of pages
   * (the next read starts at the newest one returned). Throws `forbidden` / `not_found` where the account has
   * no ratings to read (the feature off or not in its plan).
   */
  listSatisfactionRatings?(since: Date): Promise<SatisfactionRating[]>
}

/** A customer's satisfaction rating of a ticket, reduced to good or bad (neutral answers are left out). */
export type SatisfactionRating = { id: string; ticketId: string; good: boolean; createdAt: string }

/** A solved ticket of the account's history: its text, tags and custom field values by field id. */
export type SolvedTicket = { subject: string; body: string; tags: string[]; fields: Record<string, string> }

/** A ticket of the account's history and how an agent answered it (null: no public agent reply). */
export type RecentTicket = { ticket: HelpdeskTicket; agentReply: string | null }

/** One helpdesk's webhook intake and API: the same contract for every helpdesk Deskmate supports. */
export interface HelpdeskAdapter {
  readonly kind: HelpdeskKind
  /** Ticket updates per minute Deskmate allows itself per account (below the helpdesk's own limit). */
  readonly ticketUpdatesPerMinute: number
  /** The API origin template from the Worker's vars (empty in production: the helpdesk's own hosts). */
  apiBase(env: Env): string
  /** Which account and ticket a webhook names; a hint until its signature is verified. */
  parseWebhook(rawBody: string): TicketEvent
  /**
   * Throws AppError('webhook_signature_invalid') unless the delivery proves it knows `secret` (a signature, or
   * a secret header for a helpdesk that does not sign) and, where the helpdesk says when it sent it, is fresh.
   */
  verifyWebhook(
    headers: Headers,
    rawBody: string,
    secret: WebhookSecret,
    now: Date,
  ): Promise<VerifiedDelivery>
  /** The API client for one tenant. */
  connect(connection: HelpdeskConnection): HelpdeskClient
}
