import { describe, expect, it } from 'vitest'
import { CHROMIUM_PATH, planChromium } from './plan-chromium.ts'

describe('planChromium', () => {
  it('uses the installed browser whoever runs the tests', () => {
    expect(planChromium({ hasChromium: true, isRoot: false, hasAptGet: false })).toEqual({
      action: 'use',
      path: CHROMIUM_PATH,
    })
  })

  it("installs Debian's chromium package as root, after refreshing the package lists", () => {
    const plan = planChromium({ hasChromium: false, isRoot: true, hasAptGet: true })
    expect(plan.action).toBe('install')
    if (plan.action !== 'install') return
    expect(plan.commands.map((c) => [c.program, c.args[0]])).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install'],
    ])
    expect(plan.commands[1]?.args).toContain('chromium')
    expect(plan.commands.flatMap((c) => c.args).join(' ')).not.toMatch(/https?:|playwright/)
  })

  it('names the command to run when it cannot install', () => {
    const plan = planChromium({ hasChromium: false, isRoot: false, hasAptGet: true })
    expect(plan).toMatchObject({ action: 'fail', message: expect.stringContaining('apt-get install') })
  })

  it('says what is missing on a machine without apt-get', () => {
    const plan = planChromium({ hasChromium: false, isRoot: true, hasAptGet: false })
    expect(plan).toMatchObject({ action: 'fail', message: expect.stringContaining(CHROMIUM_PATH) })
  })
})
