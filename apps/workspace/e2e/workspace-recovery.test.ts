import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import { waitForAppFrame } from './browser.ts'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// What a demo user trips over: reloading after "New ticket", unknown ticket ids, the draft controls used
// from the keyboard, and the Worker going away.
const WORKER_PORT = 18_817
const PASSWORD_TICKET = 101

describe('workspace reloads, keyboard drafting and a Worker that goes away', () => {
  let opened: StackPage
  let stack: LocalStack
  let page: Page
  let app: Frame

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({ workerPort: WORKER_PORT, ticket: PASSWORD_TICKET })
    stack = opened.stack
    page = opened.page
    app = await waitForAppFrame(page, stack.appUrl)
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('shows Draft reply without scrolling on a 768 px-high screen', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const draftButton = app.getByRole('button', { name: 'Draft reply', exact: true })
    await expect.poll(() => draftButton.count(), { timeout: 30_000 }).toBe(1)
    // Wait for the panels above it to fill in, then measure in page coordinates.
    await expect.poll(() => app.getByText('Suggested priority').count(), { timeout: 30_000 }).toBe(1)
    const box = await draftButton.boundingBox()
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(768)
    await page.setViewportSize({ width: 1400, height: 900 })
  })

  it('drafts, inserts and warns before a second insert, all from the keyboard', async () => {
    const draftButton = app.getByRole('button', { name: 'Draft reply', exact: true })
    await expect.poll(() => draftButton.count(), { timeout: 30_000 }).toBe(1)
    await draftButton.focus()
    // A double Enter lands the second press on Cancel, which takes Draft reply's place: it must not cancel.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    const insert = app.getByRole('button', { name: 'Insert', exact: true })
    await expect.poll(() => insert.count(), { timeout: 60_000 }).toBe(1)
    expect(await app.getByText('Drafting cancelled.').count()).toBe(0)
    await insert.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => app.getByText('Draft inserted into the reply.').count()).toBe(1)
    const composer = page.locator('#composer')
    const once = await composer.inputValue()
    expect(once.trim()).not.toBe('')
    await page.keyboard.press('Enter')
    await expect.poll(() => app.getByText(/already in the reply/).count()).toBe(1)
    expect(await composer.inputValue()).toBe(once)
    expect(once).toContain('Alex Agent')
  })

  it('keeps a ticket made with New ticket across a reload, newest first', async () => {
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    await dialog.getByLabel('Subject').fill('Reload keeps me')
    await dialog.getByRole('button', { name: 'Create ticket' }).click()
    await expect.poll(() => page.locator('[aria-current="true"]').textContent()).toContain('Reload keeps me')
    const id = Number(new URL(page.url()).searchParams.get('ticket'))
    expect(id).toBeGreaterThan(0)

    await page.reload()
    await expect.poll(() => page.locator('[aria-current="true"]').textContent()).toContain('Reload keeps me')
    expect(await page.locator('#ticket-list button').first().getAttribute('data-ticket-id')).toBe(String(id))
    // The ticket view shows the subject in its editable field.
    await expect.poll(() => page.locator('#field-subject').inputValue()).toBe('Reload keeps me')
    app = await waitForAppFrame(page, stack.appUrl)
  })

  it('keeps the conversation usable at 768 px wide, and styles the New ticket dialog', async () => {
    await page.setViewportSize({ width: 768, height: 1024 })
    const conversation = await page.getByRole('list', { name: 'Conversation' }).boundingBox()
    expect(conversation?.width ?? 0).toBeGreaterThan(250)
    expect(await page.locator('#composer').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'New ticket', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    const radius = await dialog.evaluate((element) => getComputedStyle(element).borderRadius)
    expect(radius).toBe('6px')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await page.setViewportSize({ width: 1400, height: 900 })
  })

  it('says when a ticket does not exist, and still lists the others', async () => {
    await page.goto(`${stack.workspaceUrl}/?ticket=999999`)
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Ticket #999999 not found')
    expect(await page.locator('#ticket-list button').count()).toBeGreaterThan(1)
  })

  it('shows one banner while the Worker is down, and the SLA badge all the same', async () => {
    await page.goto(`${stack.workspaceUrl}/?ticket=${PASSWORD_TICKET}`)
    await stack.stopWorker()
    app = await waitForAppFrame(page, stack.appUrl)
    const banner = app.getByText('Deskmate’s server is unreachable — retrying')
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1)
    expect(await app.getByRole('alert').count()).toBe(1)
    expect(await app.getByRole('button', { name: 'Retry', exact: true }).count()).toBe(0)
    expect(await app.getByText(/API token/).count()).toBe(0)
    await expect.poll(() => app.getByText(/left|Breached|Met|Paused|No SLA/).count()).toBeGreaterThan(0)
  })
})
