import { defineConfig } from 'vitest/config';

// Reporters are chosen on the command line: `npm test` uses the default
// reporter; .ci/run adds `--reporter=default --reporter=json --outputFile=.ci/vitest.json`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
