import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import type { fullTicket } from '../src/freshdesk/simulator/control-routes.ts'
import { waitForAppFrame } from './browser.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The built Freshdesk sidebar app (dist/freshdesk-app), in the workspace's Freshdesk view, against a real local
// Worker with the demo tenant and the simulated Freshdesk.
const WORKER_PORT = 18_847
const PASSWORD_TICKET = 101
// A stranger in the account: urgent, predicted with the confidence Apply needs.
const ACCOUNT_TAKEOVER_TICKET = 116
const AUTOMATION_WAIT = { timeout: 45_000, interval: 250 }
const UI_WAIT = { timeout: 10_000 }

type SimTicket = ReturnType<typeof fullTicket>

/** Seconds the badge shows, negative when overdue ("… ago"). */
const parseShownSeconds = (text: string): number => {
  const parts = /(?:(\d+) d )?(?:(\d+) h )?(?:(\d+) min )?(?:(\d+) s )?(left|ago)/.exec(text)
  if (!parts) return Number.NaN
  const [, d = 0, h = 0, min = 0, s = 0, sign] = parts
  const seconds = Number(d) * 86_400 + Number(h) * 3600 + Number(min) * 60 + Number(s)
  return sign === 'ago' ? -seconds : seconds
}

describe('Freshdesk sidebar in the workspace’s Freshdesk view', () => {
  let opened: StackPage
  let stack: LocalStack
  let page: Page
  let app: Frame
  let escalatedTicket = 0
  const appPage = () => `${stack.appUrl}/freshdesk/index.html`

  const simulated = async (path: string, init?: RequestInit): Promise<SimTicket> => {
    const res = await fetch(`${stack.freshdeskUrl}/${stack.secrets.freshdesk.account}/api/v2${path}`, {
      ...init,
      headers: {
        authorization: `Basic ${btoa(`${stack.secrets.freshdesk.apiToken}:X`)}`,
        'content-type': 'application/json',
      },
    })
    if (!res.ok) throw new Error(`Simulated Freshdesk answered ${res.status} for ${path}`)
    return (await res.json()) as SimTicket
  }

  const openTicket = async (id: number) => {
    const previous = app
    await page.locator(`[data-ticket-id="${id}"]`).click()
    app = await waitForAppFrame(page, appPage(), previous)
  }

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({ workerPort: WORKER_PORT, ticket: PASSWORD_TICKET })
    stack = opened.stack
    page = opened.page
    await page.goto(`${stack.workspaceUrl}/?helpdesk=freshdesk&ticket=${PASSWORD_TICKET}`)
    app = await waitForAppFrame(page, appPage())
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('runs the built Freshdesk app, not the connection check', async () => {
    expect(await page.getByRole('note').filter({ hasText: 'not built' }).count()).toBe(0)
    // The React build renders into #root with Crayons components; the connection check page has neither.
    await expect.poll(() => app.locator('#root fw-pill').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  })

  it('shows insights and suggested articles', async () => {
    await expect.poll(() => app.getByText('Suggested priority').count(), { timeout: 30_000 }).toBe(1)
    await expect.poll(() => app.getByText('Account and login').count()).toBeGreaterThan(0)
    const articles = app.locator('a[target="_blank"]')
    await expect.poll(() => articles.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect((await articles.first().textContent())?.trim()).not.toBe('')
  })

  it('streams a drafted reply and inserts it into the reply editor', async () => {
    const stream = page.waitForResponse(
      (response) => response.url().includes('/v1/replies/') && response.request().method() === 'GET',
    )
    await app.getByRole('button', { name: 'Draft reply', exact: true }).click()
    const body = await (await stream).text()
    expect(body.split('event: delta').length - 1).toBeGreaterThan(1)
    expect(body).toContain('event: done')
    const insert = app.getByRole('button', { name: 'Insert', exact: true })
    await expect.poll(() => insert.count(), { timeout: 60_000 }).toBe(1)
    const draft = (await app.getByRole('region', { name: 'Draft preview' }).textContent()) ?? ''
    expect(draft.length).toBeGreaterThan(40)

    await insert.click()
    const firstLine = draft.split('\n')[0]?.trim() ?? ''
    const editor = page.getByRole('textbox', { name: 'Reply', exact: true })
    await expect.poll(() => editor.inputValue(), UI_WAIT).toContain(firstLine.slice(0, 30))
    await expect.poll(() => app.getByText('Draft inserted into the reply.').count(), UI_WAIT).toBe(1)
  })

  it('applies the suggested priority to the ticket’s priority field', async () => {
    // The agent had set the takeover to Low; Deskmate suggests more and offers Apply.
    await simulated(`/tickets/${ACCOUNT_TAKEOVER_TICKET}`, {
      method: 'PUT',
      body: JSON.stringify({ priority: 1 }),
    })
    await openTicket(ACCOUNT_TAKEOVER_TICKET)
    await expect.poll(() => page.locator('#fd-priority').textContent(), UI_WAIT).toBe('Low')
    const apply = app.getByRole('button', { name: /^Apply priority / })
    await expect.poll(() => apply.count(), { timeout: 30_000 }).toBe(1)
    const label = (await apply.getAttribute('aria-label')) ?? ''
    const suggested = /^Apply priority (\w+) to the ticket$/.exec(label)?.[1]
    expect(suggested).toMatch(/^(Medium|Normal|High|Urgent)$/)
    await apply.click()
    const field = suggested === 'Normal' ? 'Medium' : suggested
    await expect.poll(() => page.locator('#fd-priority').textContent(), UI_WAIT).toBe(field)
  })

  it('shows why the automation escalated an angry billing dispute', async () => {
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    await dialog.getByLabel('Subject').fill('Charged TWICE again - last warning')
    await dialog
      .getByLabel('Message')
      .fill(
        'You charged our card twice for the Business plan. Refund it by Friday or I will dispute the charge with my bank and hand this to our lawyer. Unacceptable.',
      )
    await dialog.getByLabel('Requester email').fill('angry.customer@example.org')
    const previous = app
    await dialog.getByRole('button', { name: 'Create ticket' }).click()
    app = await waitForAppFrame(page, appPage(), previous)
    const escalated = app.getByText('Escalated to an agent')
    await expect.poll(() => escalated.count(), AUTOMATION_WAIT).toBe(1)
    const reasons = app.getByRole('list', { name: 'Why' })
    await expect.poll(() => reasons.count(), UI_WAIT).toBe(1)
    const text = (await reasons.textContent()) ?? ''
    expect(text).toMatch(/legal/i)
    expect(text).toMatch(/refund|billing/i)
    escalatedTicket = Number(new URL(page.url()).searchParams.get('ticket'))
  })

  // The ticket the previous test created is new and has no public reply yet (tests in a file run in order).
  it('shows an SLA badge counting down to the new ticket’s fr_due_by', async () => {
    const { fr_due_by: due } = await simulated(`/tickets/${escalatedTicket}`)
    const badge = app.locator('[data-sla-state]').first()
    await expect.poll(() => badge.textContent(), { timeout: 30_000 }).toMatch(/left$/)
    expect(await badge.textContent()).toContain('First reply')
    const shown = parseShownSeconds((await badge.textContent()) ?? '')
    const expected = (Date.parse(due) - Date.now()) / 1000
    // The badge rounds to its display unit; a minute covers that and the time between the two reads.
    expect(Math.abs(shown - expected), `badge “${await badge.textContent()}”, fr_due_by ${due}`).toBeLessThan(
      60,
    )
    // The badge ticks at its display unit (a minute at most).
    await expect
      .poll(async () => parseShownSeconds((await badge.textContent()) ?? ''), { timeout: 90_000 })
      .toBeLessThan(shown)
  })
})
