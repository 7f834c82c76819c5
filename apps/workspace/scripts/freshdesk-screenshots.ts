import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import type { LocalStack } from '../../../scripts/dev/local-stack.ts'
import { waitForAppFrame } from '../e2e/browser.ts'
import { waitForSidebar, waitForText } from './sidebar-settled.ts'

const OUT_DIR = fileURLToPath(new URL('../../../assets/freshdesk/', import.meta.url))
// The Freshworks marketplace publishes no exact screenshot size (../shared/platform/freshdesk.md §7 marks it
// unverified); the common guidance is at least three screenshots of at least 1280×720, so we take three at that.
const VIEWPORT = { width: 1280, height: 720 }

/** The built Freshdesk sidebar in the workspace's Freshdesk view: insights, a drafted reply, an escalation. */
export const takeFreshdeskScreenshots = async (browser: Browser, stack: LocalStack): Promise<void> => {
  const appPage = `${stack.appUrl}/freshdesk/index.html`
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await page.goto(`${stack.workspaceUrl}/?helpdesk=freshdesk&ticket=101`)
  let app = await waitForAppFrame(page, appPage)
  await waitForSidebar(app)
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-1-insights.png') })

  await app.getByRole('button', { name: 'Draft reply', exact: true }).click()
  await app.getByRole('button', { name: 'Insert', exact: true }).waitFor({ timeout: 60_000 })
  await app.getByRole('button', { name: 'Insert', exact: true }).click()
  await waitForText(app, 'Draft inserted into the reply.')
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-2-draft-reply.png') })

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
  app = await waitForAppFrame(page, appPage, previous)
  await waitForText(app, 'Escalated to an agent')
  await waitForSidebar(app)
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-3-escalation.png') })
  await page.close()
  console.log(`Freshdesk screenshots written to ${OUT_DIR}`)
}
