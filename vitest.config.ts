import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __WERKBANK_PLATFORM__: JSON.stringify('browser') },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
  },
});
