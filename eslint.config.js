import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.wrangler/**',
      'worker/worker-configuration.d.ts',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The domain package stays platform-free: no runtime, UI or SDK imports.
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['hono', 'hono/*', 'react', 'react-dom', '@anthropic-ai/sdk', 'cloudflare:*', 'node:*'],
              message: 'shared/ must stay platform-free',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass time in.',
        },
      ],
    },
  },
  {
    // The Worker reads its configuration from bindings; nodejs_compat's process.env is not a settings channel.
    files: ['worker/src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Read configuration from the bindings (c.env), not process.' },
      ],
    },
  },
  {
    // A tenant's rows may move to another D1 database (docs/SCALING.md): only tenant-database.ts names the binding.
    files: ['worker/src/**/*.ts'],
    ignores: ['worker/src/**/*.test.ts', 'worker/src/db/tenant-database.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='DB'], MemberExpression[property.value='DB']",
          message:
            'Ask tenantDatabase(env, tenantId), or directoryDatabase(env) for what is not one tenant’s.',
        },
        {
          selector: "ObjectPattern > Property[key.name='DB']",
          message:
            'Ask tenantDatabase(env, tenantId), or directoryDatabase(env) for what is not one tenant’s.',
        },
      ],
    },
  },
  {
    // Nothing imports from the worker or from an app.
    files: ['shared/**/*.ts', 'apps/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/worker/src/**', '@deskmate/worker'], message: 'Nothing imports from worker/' },
          ],
        },
      ],
    },
  },
)
