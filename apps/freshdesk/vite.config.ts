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
// one minified ES2017 classic script (the FDK lints app/ scripts with an ES2017 parser).
export default defineConfig({
  root: fileURLToPath(new URL('./src', import.meta.url)),
  base: './',
  plugins: [react(), dropStencilLazyLoader(), zodJitless(), escapeTemplateLineBreaks(), classicScriptTag()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2017',
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: false,
        // A classic script: one function scope, so no name of the bundle meets the platform client's globals.
        format: 'iife',
        entryFileNames: 'scripts/[name].js',
        assetFileNames: 'styles/[name][extname]',
      },
    },
  },
})
