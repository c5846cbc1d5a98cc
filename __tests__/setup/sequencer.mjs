// Jest test sequencer: the most expensive suites start first, so the two workers finish together.
// Jest's own order needs its timing cache, which a fresh clone (CI) does not have: it then orders by file
// size, and a short file that runs for seconds (parse-stdlib, parallel) could start last and leave one
// worker alone at the end. suite-costs.json holds each suite's CPU seconds from the last profile
// (CONTRIBUTING.md, "Fast tests": `profile-report.mjs PROFILE --write`); a suite not in it goes by jest's
// cached duration, then by file size. Suites that failed last time still go first, as in jest.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Sequencer from '@jest/test-sequencer';

const COSTS = JSON.parse(readFileSync(new URL('./suite-costs.json', import.meta.url), 'utf8'));

export default class CostSequencer extends Sequencer {
  sort(tests) {
    const weight = new Map();
    for (const test of tests) {
      const known = COSTS[relative(test.context.config.rootDir, test.path).split('\\').join('/')];
      const cached = this.time(test);
      test.duration = cached;
      // Seconds either way; an unknown suite without timing goes after the known ones, largest file first.
      weight.set(
        test,
        known ?? (cached != null ? cached / 1000 : -1 / (1 + (test.context.hasteFS.getSize(test.path) ?? 0))),
      );
    }
    return tests.sort((a, b) => {
      const failed = Number(this.hasFailed(b)) - Number(this.hasFailed(a));
      return failed || weight.get(b) - weight.get(a);
    });
  }
}
