import { defineConfig } from 'vitest/config'

// One run covers every package: shared (Node), worker (inside workerd), the apps (jsdom) and the browser tests.
export default defineConfig({
  test: {
    projects: ['shared/vitest.config.ts', 'worker/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
})
