import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some suites build search indexes of the whole knowledge base first; on 2 busy cores that can pass 10 s.
    hookTimeout: 60_000,
    // Tests check behaviour, not speed (the benchmarks measure that): a property test's thousands of
    // runs passed vitest's default 5 s on a CI machine whose cores were busy with other work.
    testTimeout: 30_000,
  },
});
