// Lint for every TypeScript project in the repo; type-aware rules where they catch real bugs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-results/', 'test/artifacts/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '*.mjs'],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts', '*.mjs'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Dropping a field by destructuring (`{ secret: _, ...rest }`) is how we leave data out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Hooks their tools load with require(), such as electron-builder.afterpack.cjs.
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['main/services/**/*.ts'],
    rules: {
      // Services never know which shell runs them (docs/DESIGN.md §2).
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'services are free of Electron; pass the object in' }] }],
    },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      // The contract is the shared kernel: main, the renderer and the preloads import it, never the reverse.
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'the contract stands alone: main, renderer and preload import it' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**'], message: 'the renderer talks to main only through window.kiosk' }] }],
    },
  },
);
