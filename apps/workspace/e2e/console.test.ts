import type { ActivityResponse } from '@deskmate/shared'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signDevToken } from '../../../scripts/dev/sign-dev-token.ts'
import { waitForAppFrame } from './browser.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The admin console as Zendesk opens it (a signed POST to the Worker's /admin), then the automation follows
// what the admin saved there from the next "New ticket" on.
const WORKER_PORT = 18_827
const FIRST_TICKET = 101
const AUTOMATION_WAIT = { timeout: 45_000, interval: 250 }
const FORGOT_PASSWORD = {
  subject: 'Forgot my password',
  body: "Hello, I forgot my password and can't log in. Could you tell me how to reset it? Thank you!",
  email: 'polite.customer@example.com',
}

describe('the admin console', () => {
  let opened: StackPage
  let page: Page
  let consolePage: Page
  let app: Frame
  const workerLog: string[] = []
  const consumedBatches = () => workerLog.filter((line) => /QUEUE deskmate-jobs\b/.test(line)).length

  const activityOf = async (id: number): Promise<ActivityResponse> => {
    const { stack } = opened
    const { account, sharedSecret } = stack.secrets.zendesk
    const token = await signDevToken('zendesk', account, sharedSecret)
    const res = await fetch(`${stack.workerUrl}/v1/activity?ticketId=${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    return (await res.json()) as ActivityResponse
  }

  const createTicket = async (): Promise<number> => {
    const previous = app
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    await dialog.getByLabel('Subject').fill(FORGOT_PASSWORD.subject)
    await dialog.getByLabel('Message').fill(FORGOT_PASSWORD.body)
    await dialog.getByLabel('Requester email').fill(FORGOT_PASSWORD.email)
    await dialog.getByRole('button', { name: 'Create ticket' }).click()
    await expect.poll(() => page.locator('[aria-current="true"]').textContent()).toContain('Forgot')
    app = await waitForAppFrame(page, opened.stack.appUrl, previous)
    return Number(new URL(page.url()).searchParams.get('ticket'))
  }

  const saveMode = async (label: string) => {
    // Garden draws the radio over its input: the admin clicks the label.
    await consolePage.getByText(label, { exact: true }).click()
    expect(await consolePage.getByRole('radio', { name: label }).isChecked()).toBe(true)
    await consolePage.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => consolePage.getByText(/^Saved\./).count()).toBe(1)
  }

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({
      workerPort: WORKER_PORT,
      ticket: FIRST_TICKET,
      log: (line) => workerLog.push(line),
    })
    page = opened.page
    app = await waitForAppFrame(page, opened.stack.appUrl)
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Admin console' }).click(),
    ])
    consolePage = popup
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('opens signed in as the administrator, on the Worker, with the automation as stored', async () => {
    await consolePage.getByRole('heading', { name: 'Automation' }).waitFor()
    expect(new URL(consolePage.url()).origin).toBe(new URL(opened.stack.workerUrl).origin)
    expect(
      await consolePage.getByRole('radio', { name: 'Answer the customer automatically' }).isChecked(),
    ).toBe(true)
  })

  it('turns auto-reply off, lists the change, and the next new ticket is not answered', async () => {
    await saveMode('Nothing (automation off)')
    const changes = consolePage.getByRole('list', { name: 'Changes' })
    await expect
      .poll(() => changes.textContent())
      .toContain('What Deskmate does with new tickets: auto_reply → off')

    const batches = consumedBatches()
    const id = await createTicket()
    await expect.poll(consumedBatches, AUTOMATION_WAIT).toBeGreaterThan(batches)
    await expect.poll(async () => (await activityOf(id)).items[0]?.decision, AUTOMATION_WAIT).toBe('skipped')
    expect((await activityOf(id)).items[0]?.reasons.map((r) => r.code)).toEqual(['mode_off'])
    const replies = page.locator('li.comment', { hasText: 'Deskmate' })
    expect(await replies.count()).toBe(0)
  })

  it('turns auto-reply on again, and the next new ticket is answered', async () => {
    await saveMode('Answer the customer automatically')
    const id = await createTicket()
    await expect
      .poll(async () => (await activityOf(id)).items[0]?.decision, AUTOMATION_WAIT)
      .toBe('auto_replied')
    const reply = page.locator('li.comment:not(.internal)', { hasText: 'Deskmate' })
    await expect.poll(() => reply.count(), AUTOMATION_WAIT).toBe(1)
  })

  it('dry-runs the policy over the latest tickets and moves the projection with the threshold', async () => {
    const summary = consolePage.getByRole('status', { name: 'Projection' })
    const answered = async () =>
      Number(/Would answer (\d+) of/.exec((await summary.textContent()) ?? '')?.[1])
    const threshold = consolePage.getByRole('textbox', { name: 'Answer threshold' })
    await consolePage.getByRole('button', { name: 'Run the dry run' }).click()
    await summary.waitFor({ timeout: AUTOMATION_WAIT.timeout })
    const table = consolePage.getByRole('table', { name: 'Dry run' })
    // The forgot-password tickets created above: answered with the reset article at a low threshold.
    await threshold.fill('0')
    await expect.poll(() => table.textContent()).toMatch(/Forgot my password/)
    await expect.poll(() => table.textContent()).toMatch(/Answer with “.+” \(\d+% confident\)/)
    const open = await answered()
    expect(open).toBeGreaterThan(0)
    await threshold.fill('1')
    await expect.poll(answered).toBeLessThan(open)
    expect(await table.getByText('Escalate', { exact: true }).count()).toBeGreaterThan(0)
  })
})
