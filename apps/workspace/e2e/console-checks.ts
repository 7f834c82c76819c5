import type { FrameLocator, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Runs the console's dry run (a page, or the frame a helpdesk hosts it in) and checks that the forgot-password
 * tickets created before are answered with an article at threshold 0, and that threshold 1 answers fewer and
 * escalates some: the projection follows the threshold without another run.
 */
export const checkDryRunFollowsThreshold = async (
  root: Page | FrameLocator,
  timeout: number,
): Promise<void> => {
  const summary = root.getByRole('status', { name: 'Projection' })
  const answered = async () => Number(/Would answer (\d+) of/.exec((await summary.textContent()) ?? '')?.[1])
  const threshold = root.getByRole('textbox', { name: 'Answer threshold' })
  await root.getByRole('button', { name: 'Run the dry run' }).click()
  await summary.waitFor({ timeout })
  expect(await root.getByRole('alert').count()).toBe(0)
  const table = root.getByRole('table', { name: 'Dry run' })
  await threshold.fill('0')
  await expect.poll(() => table.textContent()).toMatch(/Forgot my password/)
  await expect.poll(() => table.textContent()).toMatch(/Answer with “.+” \(\d+% confident\)/)
  const open = await answered()
  expect(open).toBeGreaterThan(0)
  await threshold.fill('1')
  await expect.poll(answered).toBeLessThan(open)
  expect(await table.getByText('Escalate', { exact: true }).count()).toBeGreaterThan(0)
}
