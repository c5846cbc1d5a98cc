// Time budgets for the tests that guard against slowness (catastrophic regex backtracking, parser or
// analysis blow-ups on hostile input). Wall time: each budget sits far above the time measured on this
// 2-core machine under load (noted where it is used), yet far below what a super-linear blow-up on
// 100,000-character inputs costs (minutes), so it fails on the regression and not on a busy machine.
import { performance } from 'node:perf_hooks';

/** Runs `fn` and fails the test when it took `budgetMs` or longer; returns its value. */
export async function withinBudget<T>(budgetMs: number, fn: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await fn();
  const ms = Math.round(performance.now() - started);
  expect({ ms, budgetMs, within: ms < budgetMs }).toEqual({ ms, budgetMs, within: true });
  return value;
}
