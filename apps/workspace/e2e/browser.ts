import { existsSync } from 'node:fs'
import { chromium, type Browser, type Frame, type Page } from 'playwright-core'
import { CHROMIUM_PATH as CHROMIUM } from './chromium/plan-chromium.ts'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Launches Debian's Chromium (never a downloaded build) with the project's flags. */
export const launchChromium = async (): Promise<Browser> => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: npm test installs it (apps/workspace/e2e/chromium)`)
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/** Waits for the sidebar app's frame (served from `appUrl`) to load; `previous` skips a frame being replaced. */
export const waitForAppFrame = async (page: Page, appUrl: string, previous?: Frame): Promise<Frame> => {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const frame = page
      .frames()
      .find((candidate) => candidate.url().startsWith(appUrl) && candidate !== previous)
    if (frame && !frame.isDetached()) {
      await frame.waitForLoadState('load')
      return frame
    }
    await page.waitForTimeout(100)
  }
  throw new Error(`No app frame from ${appUrl} appeared`)
}
