import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import sonarjs from 'eslint-plugin-sonarjs';

const FRAMEWORKS = ['@mikro-orm/*', 'bullmq', 'ioredis', 'type-graphql', '@apollo/*', 'graphql', 'pino', 'jose', 'pg', 'node:*'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx, sonarjs },
    rules: {
      // Functions a reader can hold in their head; lines a reader can see whole.
      'sonarjs/cognitive-complexity': ['error', 15],
      'max-len': [
        'error',
        { code: 140, ignoreUrls: true, ignoreStrings: false, ignoreTemplateLiterals: false, ignoreRegExpLiterals: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // tools/ composes the supergraph and migrates from the apps' entry points; apps themselves are fenced below.
          allow: ['@redress/intake', '@redress/casework', '@redress/reporting', '@redress/communications'],
          banTransitiveDependencies: false,
          depConstraints: [
            // The domain core is pure: no framework, database, queue or I/O package.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:platform'] },
            // Apps never import each other: they meet through federation and queues.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:platform'] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:platform', 'type:app'] },
          ],
        },
      ],
    },
  },
  // Apps never import each other: they meet through federation and queues.
  ...['intake', 'casework', 'reporting', 'communications', 'gateway', 'portal', 'workspace'].map((app) => ({
    files: [`apps/${app}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@redress/intake', '@redress/casework', '@redress/reporting', '@redress/communications', '**/apps/**'],
              message: 'Apps do not import each other: use federation or a queue (libs/contracts).',
            },
          ],
        },
      ],
    },
  })),
  // Test helpers never reach a running service: @redress/platform/testing is for tests and testbeds only.
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testing/**', 'libs/platform/src/testing.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@redress/platform/testing',
              message: 'Test helpers are for tests: import them from a *.spec.ts, *.int-spec.ts or a testing/ folder.',
            },
          ],
        },
      ],
    },
  },
];
