import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

/** A fixed test-only key; production keys come from `wrangler secret put ENCRYPTION_KEY`. */
export const TEST_ENCRYPTION_KEY = 'dGVzdC1vbmx5LWtleS1mb3ItZGVza21hdGUtdGVzdHM='

export default defineConfig(async () => {
  const migrations = await readD1Migrations(here('./migrations'))
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        wrangler: { configPath: here('./wrangler.jsonc') },
        miniflare: {
          bindings: {
            ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
            ANTHROPIC_API_KEY: '',
            ANTHROPIC_BASE_URL: inject<string>('fakeAnthropicUrl'),
            ZENDESK_API_BASE: inject<string>('zendeskApiBase'),
            FRESHDESK_API_BASE: inject<string>('freshdeskApiBase'),
            TEST_MIGRATIONS: migrations,
          },
        },
      })),
    ],
    test: {
      name: 'worker',
      root: here('.'),
      include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'demo/**/*.test.ts'],
      setupFiles: ['./test/setup/apply-migrations.ts'],
      globalSetup: [
        './test/setup/global-fake-anthropic.ts',
        './test/setup/global-zendesk-simulator.ts',
        './test/setup/global-freshdesk-simulator.ts',
      ],
    },
  }
})
