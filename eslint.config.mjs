// Lint policy for every workspace: type-checked typescript-eslint rules, plus the functional-core
// boundary (domain/ code may not reach for I/O). Generated protobuf code is not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const domainBoundary = {
  patterns: [
    { group: ['node:*'], message: 'domain/ is pure: no Node I/O modules.' },
    {
      group: [
        '**/runtime/**',
        '**/mesos/**',
        '**/store/**',
        '**/api/**',
        '**/agent/**',
        '**/cassandra/**',
      ],
      message: 'domain/ is pure: the shell calls the core, never the reverse.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'proto/src/gen/**', '.deps/**', '.run/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'error',
      eqeqeq: 'error',
      'max-lines': ['warn', 300],
      'max-lines-per-function': ['warn', { max: 40, skipBlankLines: true, skipComments: true }],
      complexity: ['warn', 12],
    },
  },
  {
    files: ['**/src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', domainBoundary] },
  },
  {
    // Tests are long tables and scripts by nature; size limits there only add noise.
    files: ['**/*.test.ts', '**/testing/**/*.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
);
