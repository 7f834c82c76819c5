// Run first by `npm test`: makes sure Debian's Chromium is there for the browser tests (installing it as root).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CHROMIUM_PATH, planChromium } from './plan-chromium.ts'

const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
const plan = planChromium({
  hasChromium: existsSync(CHROMIUM_PATH),
  isRoot: process.getuid?.() === 0,
  hasAptGet,
})

if (plan.action === 'fail') {
  process.stderr.write(`${plan.message}\n`)
  process.exit(1)
}
if (plan.action === 'install') {
  process.stderr.write(`Installing Debian's Chromium for the browser tests (${CHROMIUM_PATH} is missing)\n`)
  for (const { program, args } of plan.commands) {
    const run = spawnSync(program, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (run.status !== 0) {
      process.stderr.write(`${program} ${args.join(' ')} failed (exit ${run.status ?? run.signal})\n`)
      process.exit(1)
    }
  }
  if (!existsSync(CHROMIUM_PATH)) {
    process.stderr.write(`apt-get finished but ${CHROMIUM_PATH} is still missing\n`)
    process.exit(1)
  }
}
