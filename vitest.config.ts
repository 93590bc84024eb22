import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some suites build search indexes of the whole knowledge base first; on 2 busy cores that can pass 10 s.
    hookTimeout: 60_000,
  },
});
