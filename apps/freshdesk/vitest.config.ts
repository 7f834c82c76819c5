import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'

export default defineProject({
  plugins: [react()],
  test: {
    name: 'freshdesk',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'package/**/*.test.ts', 'build/**/*.test.ts'],
    setupFiles: ['./src/testing/setup-dom.ts'],
  },
})
