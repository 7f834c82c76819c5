import { parse, type Node } from 'acorn'
import type { Plugin } from 'vite'

const LAZY_LOADER = /\/\*!__STENCIL_STATIC_IMPORT_SWITCH__\*\/\s*return import\(/

/**
 * Crayons' components are bundled (`dist/components`), so Stencil's lazy loader is dead code; its `import()`
 * alone would make the FDK's ES2017 parser reject the script. The call becomes a rejection with the same shape.
 */
export const dropStencilLazyLoader = (): Plugin => ({
  name: 'deskmate:drop-stencil-lazy-loader',
  transform(code, id) {
    if (!id.includes('@stencil/core/internal/client') || !LAZY_LOADER.test(code)) return null
    return code.replace(
      LAZY_LOADER,
      "return ((bundle) => Promise.reject(new Error('Crayons has no lazy bundle ' + bundle)))(",
    )
  },
})

const JITLESS_CHECK = 'if (globalConfig.jitless) {'

/**
 * Zod runs jitless in the sidebar, as on Cloudflare: no `Function('')` probe (a strict CSP reports it even when
 * caught, and the FDK's lint rejects the Function constructor), and the compiler behind it drops as dead code.
 */
export const zodJitless = (): Plugin => ({
  name: 'deskmate:zod-jitless',
  transform(code, id) {
    if (!/zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id) || !code.includes(JITLESS_CHECK)) return null
    return code.replace(JITLESS_CHECK, 'if (true) {')
  },
})

type AnyNode = Node & Record<string, unknown>

/** Every template element outside tagged templates (whose raw text a tag could read). */
const untaggedQuasis = (node: AnyNode, out: AnyNode[]): AnyNode[] => {
  if (node.type === 'TaggedTemplateExpression') {
    untaggedQuasis((node as AnyNode & { tag: AnyNode }).tag, out)
    ;((node as AnyNode & { quasi: { expressions: AnyNode[] } }).quasi.expressions ?? []).forEach((e) =>
      untaggedQuasis(e, out),
    )
    return out
  }
  if (node.type === 'TemplateElement') out.push(node)
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value]
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as AnyNode).type === 'string') {
        untaggedQuasis(child as AnyNode, out)
      }
    }
  }
  return out
}

/**
 * Writes line breaks inside template literals as `\n` escapes (same value). The FDK takes a script for
 * minified only when fewer than 20% of its lines are indented, and the code templates of bundled libraries
 * (zod, Stencil) would otherwise fill the bundle with indented lines and subject it to source-only rules.
 */
export const escapeTemplateLineBreaks = (): Plugin => ({
  name: 'deskmate:escape-template-line-breaks',
  renderChunk(code) {
    if (!code.includes('`')) return null
    const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AnyNode
    const quasis = untaggedQuasis(ast, []).filter((q) => code.slice(q.start, q.end).includes('\n'))
    let out = code
    for (const q of quasis.sort((a, b) => b.start - a.start)) {
      const raw = out.slice(q.start, q.end).replace(/\r\n|\r|\n/g, '\\n')
      out = out.slice(0, q.start) + raw + out.slice(q.end)
    }
    return out
  },
})

/**
 * Loads the bundle as a classic deferred script: it has no import/export, and a classic script needs no CORS
 * fetch from wherever Freshdesk serves the app's files.
 */
export const classicScriptTag = (): Plugin => ({
  name: 'deskmate:classic-script-tag',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html
        .replace(/<script type="module" crossorigin /g, '<script defer ')
        .replace(/ crossorigin(?=[ >])/g, ''),
  },
})
