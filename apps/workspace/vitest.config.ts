import { defineConfig } from 'vitest/config'

// Unit tests of the ZAF host and the browser tests share one Node project; the browser tests start servers
// and Chromium, so files run one after another.
export default defineConfig({
  test: {
    name: 'workspace',
    root: import.meta.dirname,
    environment: 'node',
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // expect.poll waits for what the page shows (a countdown tick, a streamed draft); 1 s, the default, is
    // too tight for a loaded CI machine.
    expect: { poll: { timeout: 10_000 } },
  },
})
