import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import type { fullTicket } from '../src/freshdesk/simulator/control-routes.ts'
import type { SimDelivery } from '../src/freshdesk/simulator/model.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The Freshdesk view: "New ticket" → the simulated Freshdesk's automation rule → webhook → wrangler dev → Queue
// → consumer → Freshdesk REST API; the ticket view shows the reply, the private note and the tags.
const WORKER_PORT = 18_837
const RESET_ARTICLE = {
  title: 'Reset your password or get back into your account',
  url: 'https://help.planora.example/hc/en/articles/4401001-',
}
const AUTOMATION_WAIT = { timeout: 45_000, interval: 250 }

type SimTicket = ReturnType<typeof fullTicket>

describe('automation in the workspace’s Freshdesk view', () => {
  let opened: StackPage
  let stack: LocalStack
  let page: Page
  let escalatedTicket = 0
  const workerLog: string[] = []
  const consumedBatches = () => workerLog.filter((line) => /QUEUE deskmate-jobs\b/.test(line)).length

  const simulated = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${stack.freshdeskUrl}/__sim/${stack.secrets.freshdesk.account}${path}`)
    if (!res.ok) throw new Error(`Simulator answered ${res.status} for ${path}`)
    return (await res.json()) as T
  }
  const ticketOf = async (id: number) => (await simulated<{ ticket: SimTicket }>(`/tickets/${id}`)).ticket

  const createTicket = async (input: { subject: string; body: string; email: string }): Promise<number> => {
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    await dialog.getByLabel('Subject').fill(input.subject)
    await dialog.getByLabel('Message').fill(input.body)
    await dialog.getByLabel('Requester email').fill(input.email)
    await dialog.getByRole('button', { name: 'Create ticket' }).click()
    await expect.poll(() => page.locator('[aria-current="true"]').textContent()).toContain(input.subject)
    return Number(new URL(page.url()).searchParams.get('ticket'))
  }

  const conversation = () => page.getByRole('list', { name: 'Conversation' })
  const tags = () => page.getByRole('list', { name: 'Tags' })

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({
      workerPort: WORKER_PORT,
      ticket: 101,
      log: (line) => workerLog.push(line),
    })
    stack = opened.stack
    page = opened.page
    await page.goto(`${stack.workspaceUrl}/?helpdesk=freshdesk`)
    await page.getByRole('list', { name: 'Conversation' }).waitFor()
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('answers a new forgot-password ticket with a reply citing the reset article', async () => {
    const id = await createTicket({
      subject: 'Forgot my password',
      body: "Hello, I forgot my password and can't log in. Could you tell me how to reset it? Thank you!",
      email: 'polite.customer@example.com',
    })
    const reply = conversation().locator('li.comment:not(.internal)', { hasText: '· Reply' })
    await expect.poll(() => reply.count(), AUTOMATION_WAIT).toBe(1)
    expect(await reply.textContent()).toContain(RESET_ARTICLE.title)
    await expect.poll(() => tags().textContent()).toContain('deskmate_auto_replied')

    const stored = await ticketOf(id)
    const outgoing = stored.conversations.filter((c) => !c.incoming)
    expect(outgoing).toHaveLength(1)
    expect(outgoing[0]).toMatchObject({ private: false, source: 0 })
    expect(outgoing[0]?.body).toContain(`href="${RESET_ARTICLE.url}`)
  })

  it('escalates an angry billing dispute with the reasons in a private note and a tag', async () => {
    const id = await createTicket({
      subject: 'Charged TWICE again - last warning',
      body: 'You charged our card twice for the Business plan. Refund it by Friday or I will dispute the charge with my bank and hand this to our lawyer. Unacceptable.',
      email: 'angry.customer@example.org',
    })
    const note = conversation().locator('li.comment.internal', { hasText: 'Private note' })
    await expect.poll(() => note.count(), AUTOMATION_WAIT).toBe(1)
    const text = await note.textContent()
    expect(text).toContain('Deskmate escalated this ticket to a human.')
    expect(text).toMatch(/legal/i)
    expect(text).toMatch(/refund|billing/i)
    expect(await conversation().locator('li.comment:not(.internal)', { hasText: '· Reply' }).count()).toBe(0)
    await expect.poll(() => tags().textContent()).toContain('deskmate_escalated')
    expect((await ticketOf(id)).tags).toContain('deskmate_escalated')
    escalatedTicket = id
  })

  it('changes nothing when the same webhook arrives again', async () => {
    const id = escalatedTicket
    const { deliveries } = await simulated<{ deliveries: SimDelivery[] }>('/deliveries')
    const delivery = deliveries.find(
      (d) => (JSON.parse(d.body) as { ticket_id: string }).ticket_id === String(id),
    )
    expect(delivery?.status).toBe(202)
    const before = await ticketOf(id)
    const batchesBefore = consumedBatches()
    // Freshdesk's retry sends the very same request again.
    const again = await fetch(delivery!.url, {
      method: 'POST',
      headers: delivery!.headers,
      body: delivery!.body,
    })
    // Accepted again (Freshdesk signs nothing, so there is no replay to refuse); the consumer finds it handled.
    expect(again.status).toBe(202)
    expect(await again.json()).toMatchObject({ eventKey: `ticket_created:${id}` })
    await expect.poll(consumedBatches, AUTOMATION_WAIT).toBeGreaterThan(batchesBefore)
    const after = await ticketOf(id)
    expect(after.conversations).toHaveLength(before.conversations.length)
    expect(after.tags).toEqual(before.tags)
    expect(await conversation().locator('li.comment').count()).toBe(before.conversations.length + 1)
  })
})
