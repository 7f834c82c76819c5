import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import {
  classicScriptTag,
  dropStencilLazyLoader,
  escapeTemplateLineBreaks,
  zodJitless,
} from './build/fdk-script-plugins.ts'

const outDir = fileURLToPath(new URL('../../dist/freshdesk-app', import.meta.url))

// Freshdesk serves the package's app/ folder as-is: relative URLs, stable names under scripts/ and styles/, and
// one minified ES2017 classic script per page (the FDK lints app/ scripts with an ES2017 parser). An IIFE build
// has one entry, so each page is its own build: the sidebar (index.html, the default mode) empties the folder,
// then `--mode console` adds the admin console (console.html, the full_page_app) beside it.
export default defineConfig(({ mode }) => {
  const isConsole = mode === 'console'
  return {
    root: fileURLToPath(new URL('./src', import.meta.url)),
    base: './',
    plugins: [react(), dropStencilLazyLoader(), zodJitless(), escapeTemplateLineBreaks(), classicScriptTag()],
    build: {
      outDir,
      emptyOutDir: !isConsole,
      target: 'es2017',
      modulePreload: false,
      cssCodeSplit: false,
      rolldownOptions: {
        input: fileURLToPath(new URL(isConsole ? './src/console.html' : './src/index.html', import.meta.url)),
        output: {
          codeSplitting: false,
          // A classic script: one function scope, so no name of the bundle meets the platform client's globals.
          format: 'iife',
          entryFileNames: isConsole ? 'scripts/console.js' : 'scripts/[name].js',
          assetFileNames: isConsole ? 'styles/console[extname]' : 'styles/[name][extname]',
        },
      },
    },
  }
})
