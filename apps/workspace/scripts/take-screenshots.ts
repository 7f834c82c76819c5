import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Frame, Page } from 'playwright-core'
import { startLocalStack } from '../../../scripts/dev/local-stack.ts'
import { launchChromium, waitForAppFrame } from '../e2e/browser.ts'
import { takeFreshdeskScreenshots } from './freshdesk-screenshots.ts'
import { waitForSidebar, waitForText } from './sidebar-settled.ts'

// npm run screenshots: marketplace screenshots of the real built app, running in the workspace against a local
// Worker with the demo tenant: the Zendesk sidebar into assets/zendesk, the Freshdesk sidebar in the Freshdesk
// view into assets/freshdesk. Needs `npm run build:zendesk && npm run build:freshdesk` first.
const OUT_DIR = fileURLToPath(new URL('../../../assets/zendesk/', import.meta.url))
const VIEWPORT = { width: 1280, height: 800 }

const openTicket = async (page: Page, appUrl: string, previous: Frame, id: number): Promise<Frame> => {
  await page.locator(`[data-ticket-id="${id}"]`).click()
  return waitForAppFrame(page, appUrl, previous)
}

const persistDir = await mkdtemp(join(tmpdir(), 'deskmate-screenshots-'))
const stack = await startLocalStack({
  persistDir,
  ports: { worker: 18_788, workspace: 0, app: 0, simulator: 0, freshdesk: 0 },
})
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await page.goto(`${stack.workspaceUrl}/?ticket=101`)
  let app = await waitForAppFrame(page, stack.appUrl)
  await waitForSidebar(app)
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-1-insights.png') })

  await app.getByRole('button', { name: 'Draft reply', exact: true }).click()
  await app.getByRole('button', { name: 'Insert', exact: true }).waitFor({ timeout: 60_000 })
  await app.getByRole('button', { name: 'Insert', exact: true }).click()
  await waitForText(app, 'Draft inserted into the reply.')
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-2-draft-reply.png') })

  app = await openTicket(page, stack.appUrl, app, 102)
  await waitForSidebar(app)
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-3-frustrated-customer.png') })

  await page.locator('#agent-locale').selectOption('de')
  app = await waitForAppFrame(page, stack.appUrl, app)
  await waitForText(app, 'Einblicke')
  await app
    .locator('a[target="_blank"]')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined)
  await page.screenshot({ path: join(OUT_DIR, 'screenshot-4-german.png') })
  console.log(`Screenshots written to ${OUT_DIR}`)
  await takeFreshdeskScreenshots(browser, stack)
} finally {
  await browser.close()
  await stack.stop()
  await rm(persistDir, { recursive: true, force: true })
}
