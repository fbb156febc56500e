import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['text/**/*.test.ts', 'extractors/**/*.test.ts', 'pipeline/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // each run's temporary files in a folder of its own, removed when the run ends
    globalSetup: ['test/private-tmpdir.ts'],
  },
});
