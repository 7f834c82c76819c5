import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkspaceOnStack, type StackPage } from './stack-page.ts'

// The admin console's Analytics on the demo history `npm start` seeds (a month of decisions, unanswered
// tickets in four topics) and the simulator's satisfaction ratings, read with the keyboard and in every language.
const WORKER_PORT = 18_867
const PULL_WAIT = { timeout: 60_000, interval: 1_000 }

/** The console's title and its Analytics heading in each UI language. */
const HEADINGS = [
  ['de', 'Deskmate-Verwaltung', 'Analysen'],
  ['fr', 'Administration de Deskmate', 'Statistiques'],
  ['es', 'Administración de Deskmate', 'Analíticas'],
  ['pt', 'Administração do Deskmate', 'Análises'],
  ['en', 'Deskmate administration', 'Analytics'],
] as const

describe('the admin console’s analytics', () => {
  let opened: StackPage
  let consolePage: Page
  const analytics = () => consolePage.getByRole('region', { name: 'Analytics' })
  const period = () => analytics().getByRole('combobox', { name: 'Period' })
  const chartTable = () => analytics().getByRole('table', { name: /Decisions per day/ })

  beforeAll(async () => {
    opened = await openWorkspaceOnStack({ workerPort: WORKER_PORT, ticket: 101 })
    const [popup] = await Promise.all([
      opened.page.context().waitForEvent('page'),
      opened.page.getByRole('link', { name: 'Admin console' }).click(),
    ])
    consolePage = popup
    await consolePage.getByRole('heading', { name: 'Analytics' }).waitFor({ timeout: 60_000 })
  })

  afterAll(async () => {
    await opened?.close()
  })

  it('shows the automation rate, the decisions chart with its table, reasons and knowledge gaps', async () => {
    const section = analytics()
    await section.getByRole('img', { name: /Decisions per day/ }).waitFor()
    expect(await section.getByText('Automation rate', { exact: true }).count()).toBe(1)
    // A month of demo history: one table row per day (30 or 31, by where the hour falls), plus the header.
    expect(await chartTable().getByRole('row').count()).toBeGreaterThanOrEqual(30)
    const reasons = section.getByRole('table', { name: 'Escalation and skip reasons' })
    expect(await reasons.getByRole('row').count()).toBe(3)
    const example = section.getByRole('link', { name: /Carbon offset certificate/ }).first()
    await example.waitFor()
    expect(await example.getAttribute('href')).toMatch(/\/agent\/tickets\/9\d{3}$/)
  })

  it('compares the satisfaction of auto-answered and human-answered tickets once the ratings are read', async () => {
    const csat = analytics().getByRole('table', { name: /Satisfaction ratings from the helpdesk/ })
    // The first read of the analytics queued the pull; Refresh shows its result once the queue has run it.
    await expect
      .poll(async () => {
        if ((await csat.count()) === 0) await analytics().getByRole('button', { name: 'Refresh' }).click()
        return csat.count()
      }, PULL_WAIT)
      .toBe(1)
    const auto = csat.getByRole('row', { name: /^Deskmate \(automatic reply\)/ })
    const agents = csat.getByRole('row', { name: /^Agents/ })
    expect(await auto.textContent()).toMatch(/\d+%$/)
    expect(await agents.textContent()).toMatch(/\d+%$/)
  })

  it('reaches and operates the period and Refresh with the keyboard', async () => {
    // Clicking the heading (not focusable) moves where sequential focus starts, as reading down the page does.
    await analytics().getByRole('heading', { level: 2, name: 'Analytics' }).click()
    let reached = false
    for (let i = 0; i < 5 && !reached; i++) {
      await consolePage.keyboard.press('Tab')
      reached = await period().evaluate((element) => element === document.activeElement)
    }
    expect(reached).toBe(true)
    const answered = consolePage.waitForResponse((response) =>
      /\/v1\/admin\/analytics\?/.test(response.url()),
    )
    await consolePage.keyboard.press('ArrowUp')
    expect(await period().inputValue()).toBe('7')
    const response = await answered
    const asked = new URL(response.url()).searchParams
    expect(response.status()).toBe(200)
    expect((Date.parse(asked.get('to') ?? '') - Date.parse(asked.get('from') ?? '')) / 86_400_000).toBe(6)
    await expect.poll(() => chartTable().getByRole('row').count(), { timeout: 20_000 }).toBeLessThanOrEqual(8)
    await consolePage.keyboard.press('Tab')
    expect(
      await analytics()
        .getByRole('button', { name: 'Refresh' })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true)
    const refreshed = consolePage.waitForRequest((request) => /\/v1\/admin\/analytics\?/.test(request.url()))
    await consolePage.keyboard.press('Enter')
    await refreshed
  })

  it('switches the console’s headings to each of the five UI languages', async () => {
    const switcher = consolePage.locator('select:has(option[lang="pt"])')
    for (const [language, title, analyticsTitle] of HEADINGS) {
      await switcher.selectOption(language)
      await consolePage.getByRole('heading', { level: 1, name: title }).waitFor()
      await consolePage.getByRole('heading', { level: 2, name: analyticsTitle }).waitFor()
    }
  })
})
