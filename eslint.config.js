import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https',
  'module', 'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];

export default defineConfig([
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '.reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'scripts/**', 'bin/**', '*.config.ts', 'test/**', 'src/main/**', 'src/cli/**', 'src/preload/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**', 'test/e2e/**', 'test/bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The domain layer runs unchanged in the renderer, main process, CLI and tests:
    // no DOM, no Node, no Electron, no UI or storage library.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'src/shared must not use Node APIs.' })),
          { name: 'electron', message: 'src/shared must not use Electron.' },
          { name: 'react', message: 'src/shared must not use the UI layer.' },
          { name: 'dexie', message: 'src/shared must not use storage; pass data in.' },
        ],
        patterns: [
          { group: ['node:*'], message: 'src/shared must not use Node APIs.' },
          { group: ['electron/*'], message: 'src/shared must not use Electron.' },
          { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'], message: 'src/shared must not import other layers.' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch',
          'XMLHttpRequest', 'DOMParser', 'Blob', 'File', 'FileReader', 'location', 'history',
          'process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate']
          .map((name) => ({ name, message: `src/shared must not use the platform global "${name}".` })),
      ],
    },
  },
]);
