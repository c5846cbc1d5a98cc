// Which allow / deny entries a pull request adds, removes or changes, so reviewers see the policy
// change itself, not only that the config file changed. Entries are paired by what they match
// (service, host, category, rule): same matchers with other `paths` or `reason` is a change.
import type { Config, PolicyEntry } from '../config/types.js';
import type { PolicyEntryChange } from '../types.js';

const MATCH_KEYS = ['service', 'host', 'category', 'rule'] as const;
const OTHER_KEYS = ['paths', 'reason'] as const;

function text(e: PolicyEntry, keys: readonly (keyof PolicyEntry)[]): string {
  return keys
    .filter((k) => e[k] !== undefined)
    .map((k) => `${k}: ${Array.isArray(e[k]) ? (e[k] as string[]).join(', ') : String(e[k])}`)
    .join('; ');
}

/** Added, removed and changed entries of both lists, in list then line order. */
export function policyEntryChanges(base: Config, head: Config): PolicyEntryChange[] {
  const out: PolicyEntryChange[] = [];
  for (const list of ['allow', 'deny'] as const) {
    const before = new Map<string, PolicyEntry[]>();
    for (const e of base[list]) before.set(text(e, MATCH_KEYS), [...(before.get(text(e, MATCH_KEYS)) ?? []), e]);
    for (const e of head[list]) {
      const key = text(e, MATCH_KEYS);
      const olds = before.get(key) ?? [];
      // The same entry unchanged, else the first one with these matchers (changed), else a new one.
      const same = olds.findIndex((o) => text(o, OTHER_KEYS) === text(e, OTHER_KEYS));
      const i = same >= 0 ? same : olds.length ? 0 : -1;
      if (i < 0) {
        out.push({ list, change: 'added', matches: key, after: text(e, OTHER_KEYS) || undefined, line: e.line });
        continue;
      }
      const [old] = olds.splice(i, 1);
      if (same < 0)
        out.push({
          list,
          change: 'changed',
          matches: key,
          before: text(old!, OTHER_KEYS) || undefined,
          after: text(e, OTHER_KEYS) || undefined,
          line: e.line,
        });
    }
    for (const olds of before.values())
      for (const e of olds)
        out.push({
          list,
          change: 'removed',
          matches: text(e, MATCH_KEYS),
          before: text(e, OTHER_KEYS) || undefined,
          line: e.line,
        });
  }
  return out;
}
