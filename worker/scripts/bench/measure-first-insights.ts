import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium, waitForAppFrame } from '../../../apps/workspace/e2e/browser.ts'
import { startWorkspace } from '../../../apps/workspace/src/server/index.ts'
import { REPO_ROOT } from './bench-inputs.ts'
import { summarizeSamples, type SampleSummary } from './summarize-samples.ts'

/** Time from opening the ticket to the sidebar showing its insights, or why it was not measured. */
export type FirstInsights =
  | {
      measured: true
      runs: number
      ticketId: string
      /** From the app iframe's navigation start to the insights list in its DOM. */
      fromIframeMs: SampleSummary
      /** From the workspace page's navigation start to the same moment. */
      fromPageMs: SampleSummary
    }
  | { measured: false; reason: string }

/** Where the Worker runs and which account the workspace signs for. */
export type InsightsTarget = { workerUrl: string; account: string; sharedSecret: string; ticketId: string }

type Marks = { frameNow: number; frameOrigin: number; pageOrigin: number }

// Runs in every frame before its own scripts: the app frame records when the insights list (the sidebar's only <dl>)
// gets its first value, on its own clock, so polling from here adds nothing to the figure.
const RECORD_FIRST_INSIGHTS = `(() => {
  if (window === window.top) return
  const seen = () => document.querySelector('dl dd') !== null
  const observer = new MutationObserver(() => {
    if (!seen()) return
    window.__firstInsights = { now: performance.now(), origin: performance.timeOrigin }
    observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

const measureOnce = async (browser: Browser, pageUrl: string, appUrl: string): Promise<Marks> => {
  // A fresh context each run: nothing cached from the previous one.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(RECORD_FIRST_INSIGHTS)
    await page.goto(pageUrl)
    const frame = await waitForAppFrame(page, appUrl)
    const mark = await frame.waitForFunction(
      () => (window as { __firstInsights?: object }).__firstInsights,
      null,
      {
        timeout: 30_000,
      },
    )
    const { now, origin } = (await mark.jsonValue()) as { now: number; origin: number }
    const pageOrigin = await page.evaluate(() => performance.timeOrigin)
    return { frameNow: now, frameOrigin: origin, pageOrigin }
  } finally {
    await context.close()
  }
}

/**
 * Opens a ticket in the local agent workspace (the built sidebar app in its iframe, served by the given Worker)
 * `runs` times in Chromium and times the first rendered insights.
 */
export const measureFirstInsights = async (target: InsightsTarget, runs: number): Promise<FirstInsights> => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'zendesk', 'assets', 'index.html')))
    return { measured: false, reason: 'the sidebar app is not built (dist/zendesk/assets)' }
  if (!existsSync('/usr/bin/chromium')) return { measured: false, reason: '/usr/bin/chromium is missing' }
  const workspace = await startWorkspace({
    workerUrl: target.workerUrl,
    zendesk: { account: target.account, sharedSecret: target.sharedSecret },
  })
  let browser: Browser | undefined
  try {
    browser = await launchChromium()
    const pageUrl = `${workspace.url}/?ticket=${encodeURIComponent(target.ticketId)}`
    // Not recorded: the first page of a fresh Chromium pays its own start-up.
    await measureOnce(browser, pageUrl, workspace.appUrl)
    const marks: Marks[] = []
    for (let i = 0; i < runs; i++) marks.push(await measureOnce(browser, pageUrl, workspace.appUrl))
    return {
      measured: true,
      runs,
      ticketId: target.ticketId,
      fromIframeMs: summarizeSamples(marks.map((m) => m.frameNow)),
      fromPageMs: summarizeSamples(marks.map((m) => m.frameOrigin + m.frameNow - m.pageOrigin)),
    }
  } catch (err) {
    return { measured: false, reason: err instanceof Error ? err.message : String(err) }
  } finally {
    await browser?.close()
    await workspace.close()
  }
}
