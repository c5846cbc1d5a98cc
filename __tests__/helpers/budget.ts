// Time budgets for the tests that guard against slowness (catastrophic regex backtracking, parser or
// analysis blow-ups on hostile input). CPU time of this process (all its threads: a jest worker runs one
// test at a time), not wall time: a machine shared with other jobs makes a test wait for a core, which
// adds wall time but no CPU time, so a wall-clock budget either fails on a busy machine or sits too high to
// catch anything; a super-linear path adds CPU time wherever it runs. Each budget sits far above the CPU
// time measured (noted where it is used), yet far below what a blow-up on 100,000-character inputs costs.
// Work in child processes is not counted: budgets wrap in-process calls only.

/** CPU milliseconds this process has used so far (user + system, every thread). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn` and fails the test when it used `budgetMs` of CPU or more; returns its value. */
export async function withinBudget<T>(budgetMs: number, fn: () => T | Promise<T>): Promise<T> {
  const started = cpuMs();
  const value = await fn();
  const ms = Math.round(cpuMs() - started);
  expect({ cpuMs: ms, budgetMs, within: ms < budgetMs }).toEqual({ cpuMs: ms, budgetMs, within: true });
  return value;
}
