// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Plugin } from 'vite'
import { classicScriptTag, escapeTemplateLineBreaks, zodJitless } from './fdk-script-plugins.ts'

type Hook = (code: string, id?: string) => string | null
const hook = (plugin: Plugin, name: 'renderChunk' | 'transform'): Hook => plugin[name] as unknown as Hook

describe('escapeTemplateLineBreaks', () => {
  const escape = hook(escapeTemplateLineBreaks(), 'renderChunk')

  it('writes line breaks in template literals as escapes, keeping their value', () => {
    const code = 'var a=`one\n  two ${1+1}\n  three`;var b=String.raw`x\n  y`;'
    const out = escape(code) ?? code
    expect(out).toBe('var a=`one\\n  two ${1+1}\\n  three`;var b=String.raw`x\n  y`;')
    const run = (source: string) => new Function(`${source};return [a,b]`)() as string[]
    expect(run(out)).toEqual(run(code))
  })

  it('leaves code without templates alone', () => {
    expect(escape('var a="x";')).toBeNull()
  })
})

describe('classicScriptTag and zodJitless', () => {
  it('loads the bundle as a classic deferred script', () => {
    const { handler } = classicScriptTag().transformIndexHtml as unknown as {
      handler: (html: string) => string
    }
    expect(
      handler(
        '<script type="module" crossorigin src="./scripts/index.js"></script><link rel="stylesheet" crossorigin href="./s.css">',
      ),
    ).toBe('<script defer src="./scripts/index.js"></script><link rel="stylesheet" href="./s.css">')
  })

  it("short-circuits zod's eval probe only in zod's util module", () => {
    const code = 'if (globalConfig.jitless) {\n return false }'
    expect(hook(zodJitless(), 'transform')(code, '/n/zod/v4/core/util.js')).toBe(
      'if (true) {\n return false }',
    )
    expect(hook(zodJitless(), 'transform')(code, '/n/other.js')).toBeNull()
  })
})
