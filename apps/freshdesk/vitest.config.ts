import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'freshdesk',
    environment: 'node',
    include: ['package/**/*.test.ts'],
  },
})
