import type { ActivityResponse } from '@deskmate/shared'
import type { FrameLocator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import { checkDryRunFollowsThreshold } from './console-checks.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The admin console as Freshdesk opens it: the app's full_page_app (console.html) with the Freshworks client
// stand-in; the admin signs in with their own API key and every call goes through the request templates.
const WORKER_PORT = 18_877
const AUTOMATION_WAIT = { timeout: 45_000, interval: 250 }
const FORGOT_PASSWORD = {
  subject: 'Forgot my password',
  body: "Hello, I forgot my password and can't log in. Could you tell me how to reset it? Thank you!",
  email: 'polite.customer@example.com',
}

describe('the admin console in the workspace’s Freshdesk view', () => {
  let opened: StackPage
  let stack: LocalStack
  let page: Page
  let consolePage: Page
  let admin: FrameLocator
  const workerLog: string[] = []
  const consumedBatches = () => workerLog.filter((line) => /QUEUE deskmate-jobs\b/.test(line)).length

  // What the sidebar's listActivity template reads: the installation's account and secret headers.
  const activityOf = async (id: number): Promise<ActivityResponse> => {
    const { account, sharedSecret } = stack.secrets.freshdesk
    const res = await fetch(`${stack.workerUrl}/v1/activity?ticketId=${id}`, {
      headers: {
        'X-Deskmate-Account': `${account}.freshdesk.com`,
        'X-Deskmate-Install-Secret': sharedSecret,
      },
    })
    return (await res.json()) as ActivityResponse
  }

  const createTicket = async (): Promise<number> => {
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    await dialog.getByLabel('Subject').fill(FORGOT_PASSWORD.subject)
    await dialog.getByLabel('Message').fill(FORGOT_PASSWORD.body)
    await dialog.getByLabel('Requester email').fill(FORGOT_PASSWORD.email)
    await dialog.getByRole('button', { name: 'Create ticket' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('ticket')).not.toBe(String(ticketShown))
    ticketShown = Number(new URL(page.url()).searchParams.get('ticket'))
    return ticketShown
  }
  let ticketShown = 0

  const signInWith = async (apiKey: string) => {
    const field = admin.getByLabel('Your Freshdesk API key')
    await field.fill(apiKey)
    await field.press('Enter')
  }

  // Save from the keyboard: focus the button and press Enter.
  const saveMode = async (label: string) => {
    await admin.getByRole('radio', { name: label }).check()
    const save = admin.getByRole('button', { name: 'Save' })
    await save.focus()
    await save.press('Enter')
    await expect.poll(() => admin.getByText(/^Saved\./).count()).toBe(1)
  }

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
    ticketShown = Number(new URL(page.url()).searchParams.get('ticket'))
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Admin console' }).click(),
    ])
    consolePage = popup
    admin = consolePage.frameLocator('iframe[title="Deskmate admin console"]')
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('tells an agent that only administrators may open it', async () => {
    await admin.getByRole('heading', { name: 'Sign in as an administrator' }).waitFor()
    expect(await admin.getByLabel('Your Freshdesk API key').getAttribute('type')).toBe('password')
    await signInWith(stack.freshdeskAgentApiKey)
    await expect
      .poll(() => admin.getByRole('alert').textContent())
      .toContain('Only administrators can open the Deskmate console.')
    expect(await admin.getByRole('heading', { name: 'Automation' }).count()).toBe(0)
  })

  it('signs the admin in from the keyboard, with the automation as stored', async () => {
    await signInWith(stack.secrets.freshdesk.apiToken)
    await admin.getByRole('heading', { name: 'Automation' }).waitFor()
    expect(await admin.getByRole('radio', { name: 'Answer the customer automatically' }).isChecked()).toBe(
      true,
    )
  })

  it('turns auto-reply off, and the next new ticket is not answered', async () => {
    await saveMode('Nothing (automation off)')
    const batches = consumedBatches()
    const id = await createTicket()
    await expect.poll(consumedBatches, AUTOMATION_WAIT).toBeGreaterThan(batches)
    await expect.poll(async () => (await activityOf(id)).items[0]?.decision, AUTOMATION_WAIT).toBe('skipped')
    expect((await activityOf(id)).items[0]?.reasons.map((r) => r.code)).toEqual(['mode_off'])
    const conversation = page.getByRole('list', { name: 'Conversation' })
    expect(await conversation.locator('li.comment', { hasText: '· Reply' }).count()).toBe(0)
    expect(await conversation.locator('li.comment.internal').count()).toBe(0)
  })

  it('turns auto-reply on again, and the next new ticket is answered', async () => {
    await saveMode('Answer the customer automatically')
    const id = await createTicket()
    await expect
      .poll(async () => (await activityOf(id)).items[0]?.decision, AUTOMATION_WAIT)
      .toBe('auto_replied')
    const reply = page.getByRole('list', { name: 'Conversation' }).locator('li.comment:not(.internal)', {
      hasText: '· Reply',
    })
    await expect.poll(() => reply.count(), AUTOMATION_WAIT).toBe(1)
  })

  it('dry-runs the policy over the latest tickets and moves the projection with the threshold', async () => {
    await checkDryRunFollowsThreshold(admin, AUTOMATION_WAIT.timeout)
  })

  it('lists the automation’s decisions, including the ones just made, linked to their Freshdesk tickets', async () => {
    const activity = admin.getByRole('region', { name: 'Activity' })
    await activity.getByLabel('Ticket or words').fill(String(ticketShown))
    await activity.getByRole('button', { name: 'Apply' }).click()
    const link = activity.getByRole('link', { name: `#${ticketShown}` })
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe(
      `https://${stack.secrets.freshdesk.account}.freshdesk.com/a/tickets/${ticketShown}`,
    )
    expect(await activity.getByRole('table', { name: 'Activity' }).textContent()).toContain(
      'Replied automatically',
    )
  })

  it('compares the satisfaction of auto-answered and agent-answered tickets from Freshdesk’s ratings', async () => {
    const analytics = admin.getByRole('region', { name: 'Analytics' })
    const csat = analytics.getByRole('table', { name: /Satisfaction ratings from the helpdesk/ })
    // Opening the analytics queued the ratings' pull; Refresh shows its result once the queue has run it.
    await expect
      .poll(async () => {
        if ((await csat.count()) === 0) await analytics.getByRole('button', { name: 'Refresh' }).click()
        return csat.count()
      }, AUTOMATION_WAIT)
      .toBe(1)
    expect(await csat.getByRole('row', { name: /^Deskmate \(automatic reply\)/ }).textContent()).toMatch(
      /\d+%$/,
    )
    expect(await csat.getByRole('row', { name: /^Agents/ }).textContent()).toMatch(/\d+%$/)
  })

  it('learns the category model from solved tickets, the category read from a ticket field picked by name', async () => {
    const training = admin.getByRole('region', { name: 'Training' })
    await training.getByRole('radio', { name: 'a ticket field' }).check()
    await training.getByRole('combobox', { name: 'Ticket field that holds the category' }).selectOption({
      label: 'Category',
    })
    await training.getByRole('button', { name: 'Learn from my solved tickets' }).click()
    const table = training.getByRole('table', { name: /Accuracy per category/ })
    await table.waitFor({ timeout: AUTOMATION_WAIT.timeout })
    expect(await table.getByRole('row').count()).toBeGreaterThan(2)
  })
})
