import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const outDir = fileURLToPath(new URL('../../dist/zendesk/assets', import.meta.url))

// Zendesk serves the package's assets/ folder as-is: relative URLs and stable file names.
export default defineConfig({
  root: fileURLToPath(new URL('./src', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir,
    // The packaging step also writes into dist/zendesk; never wipe what it put there.
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
})
