import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The console's Activity and Knowledge sections on the demo history, and the console an agent who is not an
// administrator gets: read only in the page, and refused by the Worker whatever the page is made to send.
const WORKER_PORT = 18_857
const ESCALATED = 'Escalated to an agent'
const DISPUTE_CODE = 'sensitive_billing_dispute'
/** How the console words that reason (the English catalog), never its code. */
const DISPUTE_WORDS = 'Refund or billing dispute (the automation cannot move money)'

describe('the admin console’s activity, knowledge and read-only view', () => {
  let opened: StackPage
  let consolePage: Page

  /** The rows of the Activity table as the page shows them: ticket, outcome, why. */
  const activityRows = async () => {
    const table = consolePage.getByRole('table', { name: 'Activity' })
    await table.waitFor()
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim() ?? '')),
      )
  }

  const applyFilters = async () => {
    const before = await consolePage.getByRole('table', { name: 'Activity' }).innerHTML()
    await consolePage.getByRole('button', { name: 'Apply' }).click()
    await expect
      .poll(() =>
        consolePage
          .getByRole('table', { name: 'Activity' })
          .innerHTML()
          .catch(() => ''),
      )
      .not.toBe(before)
  }

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({ workerPort: WORKER_PORT, ticket: 101 })
    const [popup] = await Promise.all([
      opened.page.context().waitForEvent('page'),
      opened.page.getByRole('link', { name: 'Admin console' }).click(),
    ])
    consolePage = popup
    await consolePage.getByRole('heading', { name: 'Activity' }).waitFor()
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('lists the demo history’s decisions and filters them by outcome and reason, worded for people', async () => {
    const all = await activityRows()
    expect(all.length).toBeGreaterThan(20)
    expect(new Set(all.map((row) => row[2])).size).toBeGreaterThan(1)

    await consolePage.getByLabel('Outcome').selectOption({ label: ESCALATED })
    await consolePage.getByLabel('Reason code').fill(DISPUTE_CODE)
    await applyFilters()
    const escalated = await activityRows()
    expect(escalated.length).toBeGreaterThan(0)
    expect(escalated.length).toBeLessThan(all.length)
    for (const [, , outcome, why] of escalated) {
      expect(outcome).toBe(ESCALATED)
      expect(why).toBe(DISPUTE_WORDS)
    }
  })

  it('searches one ticket, links it to the helpdesk and exports what is shown as CSV', async () => {
    const [, ticket] = (await activityRows())[0] ?? []
    const id = (ticket ?? '').replace('#', '')
    expect(id).toMatch(/^\d+$/)
    await consolePage.getByLabel('Ticket or words').fill(id)
    await applyFilters()
    const rows = await activityRows()
    expect(rows.map((row) => row[1])).toEqual([`#${id}`])

    const link = consolePage.getByRole('link', { name: `#${id}` })
    const href = await link.getAttribute('href')
    expect(href).toContain(`/agent/tickets/${id}`)
    expect(href).toContain(opened.stack.secrets.zendesk.account)

    const [download] = await Promise.all([
      consolePage.waitForEvent('download'),
      consolePage.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('deskmate-activity.csv')
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).trim().split(/\r?\n/)
    expect(csv).toHaveLength(2)
    expect(csv[1]).toContain(id)
    expect(csv[1]).toContain('escalated')
  })

  it('shows the indexed knowledge base, searches it by title and starts a sync', async () => {
    const knowledge = consolePage.getByRole('region', { name: 'Knowledge' })
    const perLanguage = knowledge.getByRole('table', { name: 'Indexed per language' })
    await perLanguage.waitFor()
    // A row per language: its name (the row header), then the article and example counts.
    const english = perLanguage.getByRole('row', { name: /^English/ })
    expect(Number((await english.getByRole('cell').first().textContent())?.trim())).toBeGreaterThan(0)

    // A search finds every translation of a matching article; the language filter keeps one.
    await knowledge.getByLabel('Title or id').fill('password')
    await knowledge.getByRole('search').getByLabel('Language').selectOption('en')
    await knowledge.getByRole('button', { name: 'Search' }).click()
    const list = knowledge.getByRole('table', { name: 'Indexed articles' })
    await expect
      .poll(() => list.locator('tbody th[scope="row"]').allTextContents())
      .toEqual(['Reset your password or get back into your account'])

    await knowledge.getByRole('button', { name: 'Sync now' }).click()
    await expect.poll(() => knowledge.getByText(/^Sync started\./).count()).toBe(1)
  })

  it('gives an agent a read-only console, and the Worker refuses the agent’s changes', async () => {
    const { simulatorUrl, workerUrl, secrets } = opened.stack
    const res = await fetch(`${simulatorUrl}/__sim/${secrets.zendesk.account}/app-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'agent' }),
    })
    const { token } = (await res.json()) as { token: string }
    const agentPage = await opened.browser.newPage()
    // What Zendesk does for the signed nav_bar location: it POSTs the user's ZAF JWT to the Worker's /admin.
    await agentPage.setContent(
      `<form method="post" action="${workerUrl}/admin"><input type="hidden" name="token" value="${token}"></form>`,
    )
    await Promise.all([
      agentPage.waitForURL(`${workerUrl}/admin`),
      agentPage.locator('form').evaluate((f: HTMLFormElement) => f.submit()),
    ])

    await agentPage.getByRole('note').getByText('Read only', { exact: true }).waitFor()
    expect(
      await agentPage.getByRole('radio', { name: 'Answer the customer automatically' }).isDisabled(),
    ).toBe(true)
    expect(await agentPage.getByRole('button', { name: 'Save' }).count()).toBe(0)
    expect(await agentPage.getByRole('heading', { name: 'Activity' }).count()).toBe(0)

    const refused = await agentPage.evaluate(async () => {
      const session = document.querySelector('meta[name="deskmate-admin-session"]')?.getAttribute('content')
      const put = await fetch('/v1/settings', {
        method: 'PUT',
        headers: { Authorization: `Bearer ${session}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ mode: 'off' }),
      })
      const activity = await fetch('/v1/admin/activity?format=json', {
        headers: { Authorization: `Bearer ${session}` },
      })
      return {
        put: put.status,
        code: ((await put.json()) as { code?: string }).code,
        activity: activity.status,
      }
    })
    expect(refused).toEqual({ put: 403, code: 'admin_required', activity: 403 })
    await agentPage.close()
  })
})
