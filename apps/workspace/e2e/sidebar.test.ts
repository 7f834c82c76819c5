import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import { waitForAppFrame } from './browser.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The built Zendesk sidebar app, in the workspace, against a real local Worker with the demo tenant.
const WORKER_PORT = 18_787
// A stranger in the account: urgent, predicted with the confidence Apply needs (it shows from 60 %).
const ACCOUNT_TAKEOVER_TICKET = 116
const PASSWORD_TICKET = 101

const parseRemainingSeconds = (text: string): number => {
  const parts = /(?:(\d+) h )?(?:(\d+) min )?(\d+) s left/.exec(text)
  if (!parts) return Number.NaN
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3])
}

describe('Zendesk sidebar in the agent workspace', () => {
  let opened: StackPage
  let stack: LocalStack
  let page: Page
  let app: Frame

  const openTicket = async (id: number) => {
    const previous = app
    await page.locator(`[data-ticket-id="${id}"]`).click()
    app = await waitForAppFrame(page, stack.appUrl, previous)
  }

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({ workerPort: WORKER_PORT, ticket: PASSWORD_TICKET })
    stack = opened.stack
    page = opened.page
    app = await waitForAppFrame(page, stack.appUrl)
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('shows an SLA badge that counts down', async () => {
    const badge = app.locator('[data-sla-state]').first()
    await expect.poll(() => badge.textContent(), { timeout: 30_000 }).toMatch(/ s left/)
    const first = parseRemainingSeconds((await badge.textContent()) ?? '')
    await expect
      .poll(async () => parseRemainingSeconds((await badge.textContent()) ?? ''))
      .toBeLessThan(first)
    expect(await badge.getAttribute('data-sla-state')).toMatch(/^(ok|at_risk)$/)
  })

  it('shows insights and suggested articles', async () => {
    await expect.poll(() => app.getByText('Suggested priority').count(), { timeout: 30_000 }).toBe(1)
    await expect.poll(() => app.getByText('Account and login').count()).toBeGreaterThan(0)
    const articles = app.locator('a[target="_blank"]')
    await expect.poll(() => articles.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect((await articles.first().textContent())?.trim()).not.toBe('')
  })

  it('streams a drafted reply and inserts it into the composer', async () => {
    // The stream is the iframe's direct GET to the Worker with a one-use stream token.
    const stream = page.waitForResponse(
      (response) => response.url().includes('/v1/replies/') && response.request().method() === 'GET',
    )
    const preview = app.getByRole('region', { name: 'Draft preview' })
    await app.getByRole('button', { name: 'Draft reply', exact: true }).click()
    const body = await (await stream).text()
    expect(body.split('event: delta').length - 1).toBeGreaterThan(1)
    expect(body).toContain('event: done')
    await expect
      .poll(() => app.getByRole('button', { name: 'Insert', exact: true }).count(), { timeout: 60_000 })
      .toBe(1)
    const draft = (await preview.textContent()) ?? ''
    expect(draft.length).toBeGreaterThan(40)

    await app.getByRole('button', { name: 'Insert', exact: true }).click()
    const firstLine = draft.split('\n')[0]?.trim() ?? ''
    await expect.poll(() => page.locator('#composer').inputValue(), { timeout: 30_000 }).toContain(firstLine)
    await expect
      .poll(() => app.getByText('Draft inserted into the reply.').count(), { timeout: 10_000 })
      .toBe(1)
  })

  it('applies the suggested priority to the ticket field', async () => {
    await openTicket(ACCOUNT_TAKEOVER_TICKET)
    await expect.poll(() => app.getByText('Suggested priority').count(), { timeout: 30_000 }).toBe(1)
    // The agent lowers the priority by hand; a takeover deserves more, so the app offers it back.
    await page.locator('#field-priority').selectOption('low')
    const apply = app.getByRole('button', { name: /^Apply priority / })
    await expect.poll(() => apply.count(), { timeout: 30_000 }).toBe(1)
    const label = (await apply.getAttribute('aria-label')) ?? ''
    const suggested = /^Apply priority (\w+) to the ticket$/.exec(label)?.[1]?.toLowerCase()
    expect(suggested).toMatch(/^(low|normal|high|urgent)$/)
    expect(suggested).not.toBe('low')
    await apply.click()
    await expect.poll(() => page.locator('#field-priority').inputValue()).toBe(suggested)
  })

  it('follows the agent language when it changes', async () => {
    await page.locator('#agent-locale').selectOption('de')
    app = await waitForAppFrame(page, stack.appUrl, app)
    await expect.poll(() => app.getByText('Einblicke').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => app.getByRole('button', { name: 'Antwort entwerfen' }).count()).toBe(1)
  })

  it('shows one banner and waits quietly when the Worker is down', async () => {
    await page.locator('#agent-locale').selectOption('en-US')
    app = await waitForAppFrame(page, stack.appUrl, app)
    await stack.stopWorker()
    await openTicket(PASSWORD_TICKET)
    await expect
      .poll(() => app.getByText('Deskmate’s server is unreachable — retrying').count(), { timeout: 30_000 })
      .toBe(1)
    expect(await app.getByText('Could not analyze this ticket.').count()).toBe(0)
    expect(await app.getByRole('button', { name: 'Retry now' }).count()).toBe(1)
  })
})
