import type { ActivityResponse } from '@deskmate/shared'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signDevToken } from '../../../scripts/dev/sign-dev-token.ts'
import { waitForAppFrame } from './browser.ts'
import { checkDryRunFollowsThreshold } from './console-checks.ts'
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

const BILLING_HISTORY = [
  'I was charged twice for my invoice',
  'Refund the duplicate payment on my card',
  'My invoice shows the wrong VAT amount',
  'Please change the billing address on invoices',
  'The subscription payment failed on my credit card',
  'Can I get a refund for last month’s charge?',
]
const LOGIN_HISTORY = [
  'I cannot log in to my account',
  'Password reset email never arrives',
  'Two-factor code is rejected at sign in',
  'My account is locked after failed logins',
  'How do I change the email I sign in with?',
  'Single sign-on login loops back to the sign-in page',
]

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
    // The forgot-password tickets created above: answered with the reset article at a low threshold.
    await checkDryRunFollowsThreshold(consolePage, AUTOMATION_WAIT.timeout)
  })
  it('learns the category model from solved tickets, adopts it and rolls it back', async () => {
    const { stack } = opened
    const history = [
      ...BILLING_HISTORY.map((subject) => ({ subject, tags: ['billing'] })),
      ...LOGIN_HISTORY.map((subject) => ({ subject, tags: ['account_login'] })),
    ]
    for (const { subject, tags } of history) {
      const res = await fetch(`${stack.simulatorUrl}/__sim/${stack.secrets.zendesk.account}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject, body: `${subject}. Thanks!`, tags, solved: true }),
      })
      expect(res.status).toBe(201)
    }
    const section = consolePage.getByRole('region', { name: 'Training' })
    await section.getByText('Category model in use: the built-in model').waitFor()
    await section.getByRole('button', { name: 'Learn from my solved tickets' }).click()
    const results = section.getByRole('table', { name: /Accuracy per category/ })
    await results.waitFor({ timeout: AUTOMATION_WAIT.timeout })
    expect(await results.getByRole('row', { name: /^Billing 6 / }).count()).toBe(1)
    expect(await results.getByRole('row', { name: /^Account and login 6 / }).count()).toBe(1)
    await section.getByRole('button', { name: 'Adopt the new model' }).click()
    await section.getByText(/Category model in use: your model, learned from 12 tickets/).waitFor()
    await section.getByRole('button', { name: 'Roll back to the built-in model' }).click()
    await section.getByText('Category model in use: the built-in model').waitFor()
    const changes = consolePage.getByRole('list', { name: 'Changes' })
    await expect
      .poll(() => changes.textContent())
      .toContain('Category model: the built-in model → your model')
  })

  it('picks the escalation group from the helpdesk’s groups', async () => {
    const picker = consolePage.getByRole('combobox', { name: 'Assign escalated tickets to group' })
    await expect.poll(() => picker.locator('option').allTextContents()).toContain('Billing specialists')
    await picker.selectOption({ label: 'Billing specialists' })
    await consolePage.getByRole('button', { name: 'Save' }).click()
    const changes = consolePage.getByRole('list', { name: 'Changes' })
    await expect.poll(() => changes.textContent()).toContain('360000002')
  })
})
