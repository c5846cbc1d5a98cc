// The allow / deny entries a pull request changes: the config file read at both sides (it is small)
// and compared entry by entry. When either side does not load (missing, invalid YAML), the comment
// still lists the file; the entries are then not listed rather than guessed.
import { parseConfig } from '../config/load.js';
import { policyEntryChanges } from '../compare/policy-entries.js';
import type { Snapshot } from '../diff/types.js';
import type { PolicyEntryChange } from '../types.js';

const MAX_CONFIG_BYTES = 1024 * 1024;

export async function configEntryChanges(
  path: string,
  base: Snapshot,
  head: Snapshot,
): Promise<PolicyEntryChange[] | undefined> {
  const [b, h] = await Promise.all([base.read([path], MAX_CONFIG_BYTES), head.read([path], MAX_CONFIG_BYTES)]);
  const text = (s: typeof b): string | undefined => s.files.find((f) => f.path === path)?.content.toString('utf8');
  // A config added or deleted by the PR compares with no entries on the other side.
  const baseText = text(b) ?? '';
  const headText = text(h) ?? '';
  const bc = parseConfig(baseText, path);
  const hc = parseConfig(headText, path);
  if (!bc.ok || !hc.ok) return undefined;
  return policyEntryChanges(bc.value, hc.value);
}
