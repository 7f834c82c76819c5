import '../../../core/src/testing/setup-dom.ts'

// jsdom has no matchMedia; Garden's theming reads it (prefers-color-scheme) when it loads. Files that
// opt into the node environment have no window at all.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
}
