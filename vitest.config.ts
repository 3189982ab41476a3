import { defineConfig } from 'vitest/config';

export default defineConfig({
  // validation builds every control area to check overlaps (scripts/pipeline/overlap.ts): seconds on a
  // loaded machine, so the 5 s default is too tight for the tests that validate the real data
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
