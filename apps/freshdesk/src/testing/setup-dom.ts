import '../../../core/src/testing/setup-dom.ts'

// jsdom has no adopted style sheets; Crayons' components attach their styles through them when they render.
// Files that opt into the node environment have no window at all.
if (typeof window !== 'undefined') {
  for (const proto of [Document.prototype, ShadowRoot.prototype]) {
    if (!('adoptedStyleSheets' in proto)) {
      Object.defineProperty(proto, 'adoptedStyleSheets', { value: [], writable: true, configurable: true })
    }
  }
}
