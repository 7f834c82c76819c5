import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const outDir = fileURLToPath(new URL('../../dist/console/admin', import.meta.url))

// The admin console: served by the Worker (its static assets, worker/wrangler.jsonc) under /admin/, loaded by
// the signed admin page (POST /admin) that carries the session. One stable entry name; chunks are hashed.
export default defineConfig({
  root: fileURLToPath(new URL('./src/console', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: fileURLToPath(new URL('./src/console/main.tsx', import.meta.url)),
      output: {
        entryFileNames: 'console.js',
        chunkFileNames: '[name]-[hash].js',
        assetFileNames: '[name]-[hash][extname]',
      },
    },
  },
})
