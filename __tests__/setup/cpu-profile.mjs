// Opt-in per-suite CPU profile: `EGRESS_AUDIT_JEST_PROFILE=/tmp/p.jsonl npm run jest -- --runInBand`, then
// `node __tests__/setup/profile-report.mjs /tmp/p.jsonl`. CPU seconds, not wall time: on a machine shared with
// other jobs wall time says more about the neighbours than about the suite. /proc/self/stat counts this
// process and every child it has waited for (the CLI, git, the SARIF multitool), so spawned work is
// charged to the suite that spawned it. Linux only; elsewhere, and when the variable is unset, a no-op.
/* global afterAll, expect -- jest globals: this runs as a jest setup file */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const out = process.env.EGRESS_AUDIT_JEST_PROFILE;

/** utime + stime + cutime + cstime of this process, in clock ticks (USER_HZ, 100 on Linux). */
function cpuTicks() {
  // Fields after the parenthesised command name: state is field 3, utime 14 … cstime 17.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
}

if (out && existsSync('/proc/self/stat')) {
  const cpu0 = cpuTicks();
  const wall0 = performance.now();
  afterAll(() => {
    const suite = relative(process.cwd(), expect.getState().testPath ?? '?');
    const cpuS = (cpuTicks() - cpu0) / 100;
    const wallS = (performance.now() - wall0) / 1000;
    appendFileSync(out, JSON.stringify({ suite, cpuS, wallS: Math.round(wallS * 100) / 100 }) + '\n');
  });
}
