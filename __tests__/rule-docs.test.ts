// Every built-in rule's `docs.example` is shown to users (SARIF rule help, docs/rules/<id>.md), so it
// must be self-contained, realistic Python that the rule itself reports. Each example is analysed as a
// file of its own, with nothing prepended: imports the example needs belong in the example, and it
// must parse without syntax errors.
import { defaultConfig } from '../src/config/load.js';
import { scanManifests } from '../src/deps/scan-manifests.js';
import { manifestOnly } from '../src/rules/manifest-only.js';
import { builtinRules, scanText } from './helpers/engine.js';

/**
 * Rules whose example can only be reported after an engine fix (src/). Each entry says why; the test
 * fails when an entry starts passing, so the list only shrinks.
 */
const KNOWN_GAPS: Record<string, string> = {};

const rules = builtinRules(defaultConfig())
  .rules.slice()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('rule doc examples', () => {
  it('names only existing rules in the known-gaps list', () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(Object.keys(KNOWN_GAPS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: docs.example triggers the rule', async (id, rule) => {
    const example = rule.docs.example;
    expect(example.trim()).not.toBe('');
    // A rule that claims files by path (`**/*.pth`) is shown with such a file; manifest-only rules with a requirements file.
    const ext = /(\.\w+)$/.exec(rule.claimsPaths[0] ?? '')?.[1] ?? '.py';
    const result = manifestOnly(rule)
      ? await scanManifests([{ path: `docs-example/${id}/requirements.txt`, text: example }], {
          config: defaultConfig(),
          rules,
          report: () => true,
        })
      : await scanText(example, `docs-example/${id}${ext}`);
    const hit = result.findings.some((f) => f.ruleId === id);
    const notes = result.notes.map((n) => JSON.stringify(n));
    if (KNOWN_GAPS[id] !== undefined) {
      if (hit) throw new Error(`${id}: the example now triggers the rule; remove it from KNOWN_GAPS`);
      return;
    }
    // Realistic Python: the example parses cleanly (no syntax-error or decoding notes).
    expect(notes).toEqual([]);
    if (!hit) {
      const got = result.findings.map((f) => `${f.ruleId}@${f.startLine}`).join(', ') || 'no findings';
      throw new Error(
        `${id} (${rule.source}): docs.example does not trigger the rule (got: ${got})${notes.length ? `; notes: ${notes.join('; ')}` : ''}\n${example}`,
      );
    }
  });
});
