import type { Frame } from 'playwright-core'

const LOADING_LABELS = [
  'Reading the ticket…',
  'Loading the SLA…',
  'Analyzing the ticket…',
  'Finding articles…',
  'Loading the automation history…',
  'Ticket wird gelesen…',
  'SLA wird geladen…',
  'Ticket wird analysiert…',
  'Artikel werden gesucht…',
]

/** Waits until `text` shows in the sidebar. */
export const waitForText = async (frame: Frame, text: string | RegExp): Promise<void> => {
  await frame.getByText(text).first().waitFor({ state: 'visible', timeout: 60_000 })
}

/** Waits until the sidebar has settled: SLA badge shown, no panel still loading. */
export const waitForSidebar = async (frame: Frame): Promise<void> => {
  await frame.locator('[data-sla-state]').first().waitFor({ timeout: 60_000 })
  await frame.waitForFunction(
    (labels) => labels.every((label) => !document.body.innerText.includes(label)),
    LOADING_LABELS,
    { timeout: 60_000 },
  )
}
