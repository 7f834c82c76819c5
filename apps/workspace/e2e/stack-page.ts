import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { startLocalStack, type LocalStack } from '../../../scripts/dev/local-stack.ts'
import { launchChromium } from './browser.ts'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The local stack with Chromium on the agent workspace. */
export type StackPage = { stack: LocalStack; browser: Browser; page: Page; close(): Promise<void> }

/**
 * Starts the local stack (own state folder, the Worker on `workerPort`, everything else on free ports) and
 * opens the workspace on `ticket`. Each browser test file passes its own Worker port, so files never collide.
 */
export const openWorkspaceOnStack = async (options: {
  workerPort: number
  ticket: number
  log?: (line: string) => void
}): Promise<StackPage> => {
  if (!existsSync(join(REPO_ROOT, 'dist/zendesk/assets/index.html')))
    throw new Error('Build the sidebar app first: npm run build:zendesk')
  const persistDir = await mkdtemp(join(tmpdir(), 'deskmate-e2e-'))
  let stack: LocalStack | undefined
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close()
    await stack?.stop()
    await rm(persistDir, { recursive: true, force: true })
  }
  try {
    stack = await startLocalStack({
      persistDir,
      ports: { worker: options.workerPort, workspace: 0, app: 0, simulator: 0, freshdesk: 0 },
      log: options.log,
    })
    browser = await launchChromium()
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${stack.workspaceUrl}/?ticket=${options.ticket}`)
    return { stack, browser, page, close }
  } catch (error) {
    await close()
    throw error
  }
}
