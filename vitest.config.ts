import { defineConfig } from 'vitest/config';

// Reporters are chosen on the command line: `npm test` uses the default
// reporter; .ci/run adds `--reporter=default --reporter=json --outputFile=.ci/vitest.json`.
// Tests that build whole sites in a scratch project, or run a command dozens
// of times, take both cores: they run after every other test (a later
// group), not beside the tests with time limits.
const HEAVY = ['tests/site/accepted-metadata-builds.test.ts', 'tests/cli/add.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Tests that spawn a script (generate, check-corpus, add) take seconds on
    // two cores shared with other builds; 5 s failed them there. A limit,
    // not a speed assertion: benchmarks measure speed.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'tests', include: ['tests/**/*.test.ts'], exclude: HEAVY, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'heavy', include: HEAVY, sequence: { groupOrder: 1 } } },
    ],
  },
});
