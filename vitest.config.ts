import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests run a few hundred cases; on a busy two-core machine one can pass 5 s.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'islands',
          include: ['tests/islands/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/islands/setup.ts'],
        },
      },
    ],
  },
});
