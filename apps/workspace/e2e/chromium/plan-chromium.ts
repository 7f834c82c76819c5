/** Where Debian's `chromium` package puts the browser the browser tests drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Debian packages the browser tests need: the browser and a font to render the app's text. */
export const CHROMIUM_PACKAGES = ['chromium', 'fonts-dejavu-core'] as const

/** What this machine has, as far as the decision goes. */
export type ChromiumMachine = { hasChromium: boolean; isRoot: boolean; hasAptGet: boolean }

/** A command to run, as program and arguments. */
export type Command = { program: string; args: string[] }

/** Use the installed browser, install Debian's package, or stop with a message saying what to do. */
export type ChromiumPlan =
  | { action: 'use'; path: string }
  | { action: 'install'; commands: Command[] }
  | { action: 'fail'; message: string }

const INSTALL_HINT = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${CHROMIUM_PACKAGES.join(' ')}`

/**
 * Decides how the browser tests get Chromium: Debian's package only, never a downloaded browser build. As root with
 * apt-get it is installed; otherwise the message names the command to run.
 * @example planChromium({ hasChromium: false, isRoot: true, hasAptGet: true }).action // 'install'
 */
export const planChromium = (machine: ChromiumMachine): ChromiumPlan => {
  if (machine.hasChromium) return { action: 'use', path: CHROMIUM_PATH }
  if (!machine.hasAptGet)
    return {
      action: 'fail',
      message:
        `The browser tests need Chromium at ${CHROMIUM_PATH}, and this machine has no apt-get: install your ` +
        "system's chromium package (Deskmate never downloads a browser build).",
    }
  if (!machine.isRoot)
    return {
      action: 'fail',
      message: `The browser tests need Debian's Chromium at ${CHROMIUM_PATH}. Install it with:\n  ${INSTALL_HINT}`,
    }
  return {
    action: 'install',
    commands: [
      { program: 'apt-get', args: ['update', '-qq'] },
      { program: 'apt-get', args: ['install', '-y', '-qq', '--no-install-recommends', ...CHROMIUM_PACKAGES] },
    ],
  }
}
