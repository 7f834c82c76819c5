import { defineConfig } from 'vitest/config'

// One run covers every package: shared (Node), worker (inside workerd), its tools (Node), the apps (jsdom) and the
// browser tests.
export default defineConfig({
  test: {
    projects: [
      'shared/vitest.config.ts',
      'worker/vitest.config.ts',
      'worker/scripts/vitest.config.ts',
      'apps/*/vitest.config.ts',
    ],
  },
})
