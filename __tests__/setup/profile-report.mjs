// Prints the per-suite CPU profile written by __tests__/setup/cpu-profile.mjs, most expensive first:
// `node __tests__/setup/profile-report.mjs /tmp/p.jsonl [top]`.
import { readFileSync } from 'node:fs';

const [file, top = '15'] = process.argv.slice(2);
if (!file) throw new Error('usage: node __tests__/setup/profile-report.mjs PROFILE.jsonl [top]');
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .sort((a, b) => b.cpuS - a.cpuS);
const total = rows.reduce((sum, r) => sum + r.cpuS, 0);
console.log(`${rows.length} suites, ${total.toFixed(1)} s CPU in the suites`);
for (const r of rows.slice(0, Number(top)))
  console.log(`${r.cpuS.toFixed(1).padStart(7)} s CPU ${r.wallS.toFixed(1).padStart(7)} s wall  ${r.suite}`);
