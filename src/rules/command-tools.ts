// Does one program invocation send, by a rule's `commands` entry (tools, subcommands, options), and
// which argument names its destination. The entries are rule data; this module only knows how
// options and operands are told apart and the shapes a destination takes (URL, [user@]host[:path],
// container image, socat address).
import type { Invocation } from '../resolve/shell/invocations.js';
import type { Word } from '../resolve/shell/words.js';
import { HOLE, hasHoles, sliceWord } from '../resolve/shell/words.js';
import type { RuleCondition } from './schema.js';

export type CommandTool = NonNullable<RuleCondition['commands']>[number];

/** A sending invocation: the word that names its destination (a template applied), or a default host. */
export interface ToolSend<H> {
  host?: Word<H>;
  /** How to read `host`: a URL or [user@]host[:path] (`remote`), or a bare host name (`name`). */
  form: 'remote' | 'name';
  defaultHost?: string;
}

interface Parsed<H> {
  options: Map<string, Word<H> | true>;
  operands: Word<H>[];
}

export function toolSends<H>(spec: CommandTool, inv: Invocation<H>): ToolSend<H> | undefined {
  if (!inv.tool || !spec.tools.includes(inv.tool)) return undefined;
  const fold = inv.dialect !== 'sh';
  const known = (list: string[] | undefined) => new Set((list ?? []).map((f) => (fold ? f.toLowerCase() : f)));
  const values = known([...(spec['value-flags'] ?? []), ...(spec['host-flags'] ?? []), ...Object.keys(spec['flag-hosts'] ?? {})]);
  const slashFlags = known([...(spec['requires-flags'] ?? []), ...(spec['ignore-flags'] ?? [])]);
  for (const f of values) slashFlags.add(f);
  const p = parse(inv.args, values, slashFlags, fold);
  if (spec['ignore-flags']?.some((f) => p.options.has(fold ? f.toLowerCase() : f))) return undefined;
  const req = spec['requires-flags'];
  if (req && !req.some((f) => p.options.has(fold ? f.toLowerCase() : f))) return undefined;
  let operands = p.operands;
  if (spec.subcommands) {
    const sub = spec.subcommands.find((s) => startsWith(operands, s.split(' '), fold));
    if (!sub) return undefined;
    operands = operands.slice(sub.split(' ').length);
  }
  const skip = spec['skip-prefixes'] ?? [];
  operands = operands.filter((w) => !skip.some((s) => w.text.startsWith(s)));
  const found = fromFlags(spec, p, fold) ?? fromOperands(spec, operands);
  if (!found && spec['needs-host']) return undefined;
  return found ?? { form: 'name', defaultHost: spec['default-host'] };
}

function startsWith<H>(operands: Word<H>[], words: string[], fold: boolean): boolean {
  return words.every((w, i) => {
    const t = operands[i]?.text;
    return t !== undefined && (fold ? t.toLowerCase() === w.toLowerCase() : t === w);
  });
}

/** Options (with their values when they take one) and operands; `--` ends the options. */
function parse<H>(args: Word<H>[], values: Set<string>, slashFlags: Set<string>, fold: boolean): Parsed<H> {
  const options = new Map<string, Word<H> | true>();
  const operands: Word<H>[] = [];
  for (let k = 0; k < args.length; k++) {
    const w = args[k]!;
    const t = fold ? w.text.toLowerCase() : w.text;
    if (t === '--') {
      operands.push(...args.slice(k + 1));
      break;
    }
    const option = (t.startsWith('-') && t.length > 1 && !hasHoles(w)) || slashFlags.has(t.split(/[=:]/)[0]!);
    if (!option) {
      operands.push(w);
      continue;
    }
    const eq = t.indexOf('=');
    const name = eq > 0 ? t.slice(0, eq) : t;
    if (eq > 0 && values.has(name)) options.set(name, sliceWord(w, eq + 1));
    else if (values.has(t)) {
      const v = args[++k];
      options.set(t, v ?? true);
    } else if (!t.startsWith('--') && values.has(t.slice(0, 2)) && t.length > 2) {
      options.set(t.slice(0, 2), sliceWord(w, 2)); // `-p22`, `-ihttps://...`
    } else options.set(name, true);
  }
  return { options, operands };
}

function fromFlags<H>(spec: CommandTool, p: Parsed<H>, fold: boolean): ToolSend<H> | undefined {
  for (const [flag, template] of Object.entries(spec['flag-hosts'] ?? {})) {
    const v = p.options.get(fold ? flag.toLowerCase() : flag);
    if (v && v !== true) {
      const at = template.indexOf('{}');
      const text = template.slice(0, at) + v.text + template.slice(at + 2);
      return { host: { text, holes: v.holes }, form: 'name' };
    }
  }
  for (const flag of spec['host-flags'] ?? []) {
    const v = p.options.get(fold ? flag.toLowerCase() : flag);
    if (v && v !== true) return { host: v, form: 'remote' };
  }
  return undefined;
}

const URL = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;
/** `[user@]host:path` (scp, rsync, git), not a Windows drive (`c:\x`) or a URL. */
const REMOTE = /^([^@/\s:]{1,64}@)?(\0|[^@/\s:\\]{2,253}):(?!\/\/)/;
const HOSTISH = /^(\d{1,3}(\.\d{1,3}){3}|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,})(:\d{1,5})?(\/|$)/i;

function fromOperands<H>(spec: CommandTool, operands: Word<H>[]): ToolSend<H> | undefined {
  const n = spec.operand ?? 0;
  switch (spec.host ?? 'url') {
    case 'none':
      return undefined;
    case 'operand':
      return operands[n] ? { host: operands[n], form: 'remote' } : undefined;
    case 'image': {
      const img = operands[n];
      if (!img) return undefined;
      const first = img.text.split('/')[0]!;
      // `registry.example.com/team/app:1`, `localhost:5000/app`: a registry; `team/app` is Docker Hub.
      if (img.text.includes('/') && (/[.:]/.test(first) || first === 'localhost'))
        return { host: sliceWord(img, 0, first.length), form: 'name' };
      return { form: 'name', defaultHost: spec['default-host'] };
    }
    case 'address': {
      const types = new Set((spec['address-types'] ?? []).map((t) => t.toLowerCase()));
      for (const w of operands) {
        const m = /^([A-Za-z0-9-]+):/.exec(w.text);
        if (m && types.has(m[1]!.toLowerCase())) {
          const rest = sliceWord(w, m[0].length);
          const end = rest.text.search(/[:,]/);
          return { host: end < 0 ? rest : sliceWord(rest, 0, end), form: 'name' };
        }
      }
      return undefined;
    }
    case 'url':
    case 'url-only': {
      const url = operands.find((w) => URL.test(w.text)) ?? operands.find((w) => REMOTE.test(w.text));
      if (url) return { host: url, form: 'remote' };
      if (spec.host === 'url-only') return undefined;
      const bare = operands.find((w) => HOSTISH.test(w.text) && !/\.(txt|json|log|sh|py|tar|gz|zip|csv|html?)$/i.test(w.text));
      // `curl -s {url}`: the first operand built from data.
      const built = bare ?? operands.find((w) => w.text.startsWith(HOLE));
      return built ? { host: built, form: 'remote' } : undefined;
    }
  }
}
