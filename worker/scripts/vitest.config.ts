import { defineProject } from 'vitest/config'

// The evaluation and training tools run on Node, so their tests do too (the Worker's own tests run in workerd).
export default defineProject({
  test: {
    name: 'worker-scripts',
    root: new URL('.', import.meta.url).pathname,
    environment: 'node',
    include: ['**/*.test.ts'],
    // Each test runs the command-line tools in child processes (about a second each to start).
    testTimeout: 60_000,
  },
})
