import type { ActivityResponse } from '@deskmate/shared'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import { signDevToken } from '../../../scripts/dev/sign-dev-token.ts'
import { signWebhook } from '../src/zendesk/simulator/fire-triggers.ts'
import type { SimDelivery } from '../src/zendesk/simulator/model.ts'
import { waitForAppFrame } from './browser.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// A customer's ticket in the simulated Zendesk → trigger → signed webhook → wrangler dev → local Queue →
// consumer → Zendesk API; the workspace shows the result and the sidebar says what happened and why.
const WORKER_PORT = 18_797
const FIRST_TICKET = 101
const RESET_ARTICLE = {
  title: 'Reset your password or get back into your account',
  url: 'https://help.planora.example/hc/en/articles/4401001-',
}
const AUTOMATION_WAIT = { timeout: 45_000, interval: 250 }

type SimComment = { public: boolean; html_body: string; author: { role: string } | null }
type SimTicket = { id: number; tags: string[]; via: { channel: string }; comments: SimComment[] }

describe('automation in the agent workspace', () => {
  let opened: StackPage
  let stack: LocalStack
  let page: Page
  let app: Frame
  let escalatedTicket = 0
  // wrangler's output: it logs `QUEUE deskmate-jobs n/n` for each batch the consumer handled.
  const workerLog: string[] = []
  const consumedBatches = () => workerLog.filter((line) => /QUEUE deskmate-jobs\b/.test(line)).length

  const simulated = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${stack.simulatorUrl}/__sim/${stack.secrets.zendesk.account}${path}`)
    if (!res.ok) throw new Error(`Simulator answered ${res.status} for ${path}`)
    return (await res.json()) as T
  }
  const control = async (path: string, body: unknown): Promise<void> => {
    const res = await fetch(`${stack.simulatorUrl}/__sim/${stack.secrets.zendesk.account}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`Simulator answered ${res.status} for ${path}`)
  }
  const ticketOf = async (id: number) => (await simulated<{ ticket: SimTicket }>(`/tickets/${id}`)).ticket

  const activityOf = async (id: number): Promise<ActivityResponse> => {
    const { account, sharedSecret } = stack.secrets.zendesk
    const token = await signDevToken('zendesk', account, sharedSecret)
    const res = await fetch(`${stack.workerUrl}/v1/activity?ticketId=${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    return (await res.json()) as ActivityResponse
  }

  /** Creates a ticket through the workspace's "New ticket" dialog; resolves with its id once it is open. */
  const createTicket = async (input: { subject: string; body: string; email: string }): Promise<number> => {
    const previous = app
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    await dialog.getByLabel('Subject').fill(input.subject)
    await dialog.getByLabel('Message').fill(input.body)
    await dialog.getByLabel('Requester email').fill(input.email)
    await dialog.getByRole('button', { name: 'Create ticket' }).click()
    await expect.poll(() => page.locator('[aria-current="true"]').textContent()).toContain(input.subject)
    app = await waitForAppFrame(page, stack.appUrl, previous)
    return Number(new URL(page.url()).searchParams.get('ticket'))
  }

  const conversation = () => page.getByRole('list', { name: 'Conversation' })
  const automationPanel = () => app.getByRole('region', { name: 'Automation' })

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({
      workerPort: WORKER_PORT,
      ticket: FIRST_TICKET,
      log: (line) => workerLog.push(line),
    })
    stack = opened.stack
    page = opened.page
    app = await waitForAppFrame(page, stack.appUrl)
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('answers a polite forgot-password ticket with the reset article and says so in the sidebar', async () => {
    // Deskmate's ticket update is held back, so the sidebar reads the history before the automation acts.
    await control('/faults', {
      method: 'PUT',
      path: '^/api/v2/tickets/\\d+\\.json$',
      delayMs: 4_000,
      times: 1,
    })
    const id = await createTicket({
      subject: 'Forgot my password',
      body: "Hello, I forgot my password and can't log in. Could you tell me how to reset it? Thank you!",
      email: 'polite.customer@example.com',
    })
    expect(id).toBeGreaterThan(FIRST_TICKET)
    expect((await ticketOf(id)).via.channel).toBe('email')
    const panel = automationPanel()
    await expect
      .poll(() => panel.getByText('No automation yet on this ticket.').count(), AUTOMATION_WAIT)
      .toBe(1)

    const reply = conversation().locator('li.comment:not(.internal)', { hasText: 'Deskmate' })
    await expect.poll(() => reply.count(), AUTOMATION_WAIT).toBe(1)
    expect(await reply.textContent()).toContain(RESET_ARTICLE.title)
    await expect.poll(() => page.locator('#field-tags').inputValue()).toContain('deskmate_auto_replied')

    const stored = await ticketOf(id)
    const deskmate = stored.comments.filter((c) => c.author?.role !== 'end-user')
    expect(deskmate).toHaveLength(1)
    expect(deskmate[0]?.public).toBe(true)
    expect(deskmate[0]?.html_body).toContain(`href="${RESET_ARTICLE.url}`)

    // The ticket's change, not a reload of the sidebar, brings the outcome in.
    await expect.poll(() => panel.getByText('Replied automatically').count(), AUTOMATION_WAIT).toBe(1)
    expect(await panel.getByText('No automation yet on this ticket.').count()).toBe(0)
  })

  it('escalates an angry double-billing ticket with a legal threat and the sidebar says why', async () => {
    const id = await createTicket({
      subject: 'Charged TWICE again - last warning',
      body: 'You charged our card twice for the Business plan. Refund it by Friday or I will dispute the charge with my bank and hand this to our lawyer. Unacceptable.',
      email: 'angry.customer@example.org',
    })

    const note = conversation().locator('li.comment.internal', { hasText: 'Deskmate' })
    await expect.poll(() => note.count(), AUTOMATION_WAIT).toBe(1)
    expect(await note.textContent()).toContain('Deskmate escalated this ticket to a human.')
    expect(await conversation().locator('li.comment:not(.internal)', { hasText: 'Deskmate' }).count()).toBe(0)
    await expect.poll(() => page.locator('#field-tags').inputValue()).toContain('deskmate_escalated')

    const panel = automationPanel()
    await expect.poll(() => panel.getByText('Escalated to an agent').count(), AUTOMATION_WAIT).toBe(1)
    const reasons = panel.getByRole('list', { name: 'Why' })
    await expect.poll(() => reasons.textContent()).toContain('Mentions legal action')
    expect(await reasons.textContent()).toContain('Refund or billing dispute')
    expect((await ticketOf(id)).tags).toContain('deskmate_escalated')
    escalatedTicket = id
  })

  it.each([
    {
      name: 'someone else in the account',
      subject: 'Someone else is in my account',
      body: 'I received a password reset email I did not request. Someone else is in my account and my projects were renamed.',
      reason: 'Reports a security incident or account takeover',
      noteStart: 'Deskmate escalated this ticket to a human.',
    },
    {
      name: 'all data gone',
      subject: 'All my data is gone',
      body: 'After syncing my phone and laptop, all notes from last year are gone. Three months of work, just gone.',
      reason: 'Reports data loss',
      noteStart: 'Deskmate escalated this ticket to a human.',
    },
    {
      name: 'self-harm',
      subject: 'Alles bricht zusammen',
      body: 'Ich will einfach nicht mehr leben. Alles bricht zusammen.',
      reason: 'Mentions self-harm',
      noteStart: 'Safety first: the customer mentions self-harm.',
    },
    {
      name: 'a feature the KB does not cover',
      subject: 'Dark side panel for the calendar',
      body: 'Would be great if the calendar view could show a moon-phase overlay for our night-shift planning.',
      reason: 'No knowledge-base article answers it with enough confidence',
      noteStart: 'Deskmate escalated this ticket to a human.',
    },
  ])('escalates $name with the reason in the sidebar and no public reply', async (ticket) => {
    const id = await createTicket({
      subject: ticket.subject,
      body: ticket.body,
      email: 'customer@example.net',
    })
    const note = conversation().locator('li.comment.internal', { hasText: 'Deskmate' })
    await expect.poll(() => note.count(), AUTOMATION_WAIT).toBe(1)
    expect((await note.textContent())?.trim()).toContain(ticket.noteStart)
    expect(await conversation().locator('li.comment:not(.internal)', { hasText: 'Deskmate' }).count()).toBe(0)

    const panel = automationPanel()
    await expect.poll(() => panel.getByText('Escalated to an agent').count(), AUTOMATION_WAIT).toBe(1)
    await expect.poll(() => panel.getByRole('list', { name: 'Why' }).textContent()).toContain(ticket.reason)
    expect((await ticketOf(id)).tags).toContain('deskmate_escalated')
  })

  it('drafts a reply that says no article answers, instead of pasting an article', async () => {
    // The last ticket is the feature request no article covers.
    const preview = app.getByRole('region', { name: 'Draft preview' })
    await app.getByRole('button', { name: 'Draft reply', exact: true }).click()
    await expect
      .poll(() => app.getByRole('button', { name: 'Insert', exact: true }).count(), { timeout: 60_000 })
      .toBe(1)
    expect(await app.getByText('No article answers this — review before sending').count()).toBe(1)
    const draft = (await preview.textContent()) ?? ''
    expect(draft.length).toBeGreaterThan(40)
    expect(draft).not.toContain('Here is what should help')
    expect(draft).not.toMatch(/help\.planora\.example/)
  })

  it('changes nothing when the same webhook arrives again', async () => {
    const id = escalatedTicket
    const { deliveries } = await simulated<{ deliveries: SimDelivery[] }>('/deliveries')
    const delivery = deliveries.find((d) => JSON.parse(d.body).ticket_id === String(id))
    expect(delivery?.status).toBe(202)
    const before = await ticketOf(id)
    expect((await activityOf(id)).items).toHaveLength(1)

    const send = (headers: Record<string, string>) =>
      fetch(delivery!.url, { method: 'POST', headers, body: delivery!.body })
    // The very same signed request again: refused as a replay.
    const replay = await send(delivery!.headers)
    expect(replay.status).toBe(409)
    expect(((await replay.json()) as { code: string }).code).toBe('webhook_replayed')
    // Zendesk's retry of the same event, freshly signed: accepted, and the consumer sees it was handled.
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const batchesBefore = consumedBatches()
    const resent = await send({
      ...delivery!.headers,
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': signWebhook(
        stack.secrets.zendesk.webhookSecret,
        timestamp,
        delivery!.body,
      ),
    })
    expect(resent.status).toBe(202)
    await expect.poll(consumedBatches, AUTOMATION_WAIT).toBeGreaterThan(batchesBefore)

    const after = await ticketOf(id)
    expect(after.comments).toHaveLength(before.comments.length)
    expect(after.tags).toEqual(before.tags)
    expect((await activityOf(id)).items).toHaveLength(1)
    expect(await conversation().locator('li.comment').count()).toBe(before.comments.length)
  })
})
