// A pull request as two sets of files on a temporary git repository (null: the head deletes the file),
// compared end to end with the policy read from the base side, as the action does.
import { runComparison } from '../../src/pipeline/run.js';
import type { Comparison } from '../../src/types.js';
import { TempRepo } from './git-repo.js';

export async function prComparison(
  base: Record<string, string>,
  head: Record<string, string | null>,
): Promise<Comparison> {
  const repo = new TempRepo();
  try {
    for (const [p, c] of Object.entries(base)) repo.write(p, c);
    const b = repo.commit('base');
    for (const [p, c] of Object.entries(head)) {
      if (c === null) repo.remove(p);
      else repo.write(p, c);
    }
    const h = repo.commit('head');
    const r = await runComparison({
      sides: { kind: 'git', repo: repo.dir, base: b, head: h },
      config: { kind: 'base', path: '.github/egress-audit.yml' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value.comparison;
  } finally {
    repo.cleanup();
  }
}
