// Prints the per-suite CPU profile written by __tests__/setup/cpu-profile.mjs, most expensive first:
// `node __tests__/setup/profile-report.mjs /tmp/p.jsonl [top] [--write]`. With --write, also stores each
// suite's CPU seconds in suite-costs.json, which the test sequencer reads to start the longest suites first
// (profile a full run for that: a partial one keeps the other suites' old figures).
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const write = args.includes('--write');
const [file, top = '15'] = args.filter((a) => a !== '--write');
if (!file) throw new Error('usage: node __tests__/setup/profile-report.mjs PROFILE.jsonl [top] [--write]');
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .sort((a, b) => b.cpuS - a.cpuS);
const total = rows.reduce((sum, r) => sum + r.cpuS, 0);
console.log(`${rows.length} suites, ${total.toFixed(1)} s CPU in the suites`);
for (const r of rows.slice(0, Number(top)))
  console.log(`${r.cpuS.toFixed(1).padStart(7)} s CPU ${r.wallS.toFixed(1).padStart(7)} s wall  ${r.suite}`);
if (write) {
  const costsFile = new URL('./suite-costs.json', import.meta.url);
  const costs = JSON.parse(readFileSync(costsFile, 'utf8'));
  for (const r of rows) costs[r.suite] = Math.round(r.cpuS * 10) / 10;
  const sorted = Object.fromEntries(Object.entries(costs).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(costsFile, JSON.stringify(sorted, null, 2) + '\n');
  console.log(`wrote ${rows.length} suites to suite-costs.json`);
}
