// Plain values (src/resolve/plain-value.ts): every kind of value survives toPlain → JSON → revive, in the
// same generation of the project index (the very same scopes and nodes), after release() (the module is
// parsed again only when a scope or node is read), and not at all when the module's text changed.
import { pythonParser, type PythonParser } from '../src/parse/parser.js';
import { callArgs } from '../src/resolve/arguments.js';
import { listedExists, type ProjectFiles } from '../src/resolve/modules.js';
import { extend, revive, toPlain, type PlainValue } from '../src/resolve/plain-value.js';
import { Project } from '../src/resolve/project.js';
import { Scope } from '../src/resolve/scopes.js';
import type { Origin, Value } from '../src/resolve/value.js';

// Non-ASCII text before the nodes: references count positions the way the parser does.
const CONF = `# café ☕ 𝔘
import os
import requests

URL = "https://api.example.com/v1"
TOKEN = os.getenv("TOKEN", "fallback")
NOTHING = None
PORT = 8080
HOSTS = ["a.example", "b.example"]
TABLE = {"k": "v"}
session = requests.Session(base_url=URL)
post = requests.post


def endpoint():
    return requests.post("https://fn.example/x")


class Client:
    base = "https://client.example"


client = Client()


class Api(requests.Session):
    root = "https://api-class.example"


api = Api()
run = lambda: requests.get("https://lambda.example")
`;

let parser: PythonParser;
beforeAll(async () => {
  parser = await pythonParser();
});

function filesOf(texts: Record<string, string>): ProjectFiles {
  return { exists: listedExists(Object.keys(texts)), read: (p) => texts[p] };
}

const TEXTS = { 'pkg/__init__.py': '', 'pkg/conf.py': CONF, 'app.py': 'from pkg.conf import *\n' };

/** A project and a way to look a name of pkg.conf up from app.py. */
function project(texts: Record<string, string> = TEXTS): { p: Project; get: (name: string) => Value } {
  const p = new Project(filesOf(texts), parser);
  const link = p.link('app.py');
  return { p, get: (name) => link.lookup(`pkg.conf.${name}`, 0) ?? { kind: 'unknown' } };
}

/** A comparable picture of a live value: nodes and scopes by range and type, argument lists by content. */
function picture(v: unknown): unknown {
  if (v instanceof Scope) return `${v.kind} scope ${v.node.type}@${v.node.startIndex}-${v.node.endIndex}`;
  if (Array.isArray(v)) return v.map(picture);
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (typeof o.startIndex === 'number' && 'tree' in o)
    return `node ${String(o.type)}@${o.startIndex}: ${String(o.text)}`;
  if (typeof o.positional === 'function') {
    const a = o as unknown as Origin['args'] & object;
    return { p0: picture(a.positional(0)), kw: a.keywords().map((k) => [k.name, picture(k.value)]) };
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, picture(x)]));
}

const throughJson = (p: PlainValue): PlainValue => JSON.parse(JSON.stringify(p)) as PlainValue;

/** One value of every kind (a Record over the kinds: a new kind of Value is a compile error here). */
function samples(get: (name: string) => Value): Record<Value['kind'], Value> {
  const s = get('session');
  if (s.kind !== 'qualified') throw new Error(`session is ${s.kind}`);
  return {
    qualified: s,
    text: get('URL'),
    env: get('TOKEN'),
    param: { kind: 'param', name: 'base', default: get('TOKEN') },
    none: get('NOTHING'),
    number: get('PORT'),
    seq: get('TABLE'),
    function: get('endpoint'),
    class: get('Client'),
    instance: get('client'),
    unknown: get('MISSING'),
  };
}

describe('plain values', () => {
  it('every kind round-trips through JSON in the same generation, to the same scopes and nodes', () => {
    const { p, get } = project();
    const all = samples(get);
    for (const [kind, v] of Object.entries(all)) {
      expect(v.kind).toBe(kind);
      const back = revive(throughJson(toPlain(v, p)), p);
      expect(picture(back)).toEqual(picture(v));
      if ('scope' in v) expect((back as typeof v).scope).toBe(v.scope);
    }
    const origin = (all.qualified as Value & { kind: 'qualified' }).origins[0]!;
    const back = revive(throughJson(toPlain(all.qualified, p)), p) as Value & { kind: 'qualified' };
    expect(back.origins[0]!.node.id).toBe(origin.node.id);
    expect(back.origins[0]!.scope).toBe(origin.scope);
  });

  it('keeps an instance of a class with an imported base, its class scope, and a lambda scope', () => {
    const { p, get } = project();
    const api = get('api');
    expect(api).toMatchObject({ kind: 'qualified', name: 'requests.Session()' });
    const back = revive(throughJson(toPlain(api, p)), p) as Value & { kind: 'qualified' };
    expect(back.cls).toBe((api as Value & { kind: 'qualified' }).cls);
    // A call inside a lambda: its origin's scope is the lambda's own.
    const inLambda = p.existing('pkg/conf.py')!.symbols.calls.find((c) => c.node.text.includes('lambda.example'))!;
    expect(inLambda.scope.node.type).toBe('lambda');
    const made: Value = { kind: 'qualified', name: 'requests.get()', origins: [inLambda] };
    p.release();
    const r = revive(throughJson(toPlain(made, p)), p);
    expect(r.kind).toBe('unknown'); // its trees were released before toPlain: nothing to refer to
    const again = project();
    again.get('run');
    const call = again.p.existing('pkg/conf.py')!.symbols.calls.find((c) => c.node.text.includes('lambda.example'))!;
    const plain = throughJson(toPlain({ kind: 'qualified', name: 'requests.get()', origins: [call] }, again.p));
    const expected = [picture(call.scope), call.node.text];
    again.p.release();
    const o = (revive(plain, again.p) as Value & { kind: 'qualified' }).origins[0]!;
    expect([picture(o.scope), o.node.text]).toEqual(expected);
  });

  it('keeps the arguments a runner forwards', () => {
    const { p, get } = project();
    const s = get('session') as Value & { kind: 'qualified' };
    const call = s.origins[0]!.node;
    const withArgs: Value = {
      ...s,
      origins: [{ node: call, scope: s.origins[0]!.scope, shift: 1, args: callArgs(call) }],
    };
    const back = revive(throughJson(toPlain(withArgs, p)), p) as Value & { kind: 'qualified' };
    const args = back.origins[0]!.args!;
    expect(back.origins[0]!.shift).toBe(1);
    expect(args.positional(0)).toBeUndefined();
    expect(args.keyword('base_url')?.text).toBe('URL');
    expect(args.keywords().map((k) => [k.name, k.value.text])).toEqual([['base_url', 'URL']]);
  });

  it('revives after release(), parsing the module again only when a scope or a node is read', () => {
    const { p, get } = project();
    const all = samples(get);
    const plains = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, throughJson(toPlain(v, p))]));
    const before = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, picture(v)]));
    p.release();
    expect(p.existing('pkg/conf.py')).toBeUndefined();
    const revived = Object.fromEntries(Object.entries(plains).map(([k, v]) => [k, revive(v, p)]));
    // Kinds, names and texts need no tree.
    expect(Object.values(revived).map((v) => v.kind)).toEqual(Object.keys(all));
    expect(revived.text).toEqual({ kind: 'text', text: 'https://api.example.com/v1', holes: [] });
    expect(p.existing('pkg/conf.py')).toBeUndefined();
    expect(p.reparsed).toBe(0);
    // Reading a scope parses the module again, once, and finds the same ranges in the new tree.
    expect(picture(revived)).toEqual(before);
    expect(p.existing('pkg/conf.py')).toBeDefined();
    expect(p.reparsed).toBe(1);
    // The revived scopes belong to the new parse, and resolve there.
    const fn = revived.function as Value & { kind: 'function' };
    expect(p.modelOf(fn.scope)?.path).toBe('pkg/conf.py');
    expect(p.existing('pkg/conf.py')!.resolver.value(fn.scope.returns[0], fn.scope)).toMatchObject({
      kind: 'qualified',
      name: 'requests.post()',
    });
  });

  it('is unknown when the module text changed, and revives in another index over the same text', () => {
    const { p, get } = project();
    const plain = throughJson(toPlain(get('endpoint'), p));
    const text = throughJson(toPlain(get('URL'), p));
    const changed = project({ ...TEXTS, 'pkg/conf.py': CONF.replace('fn.example', 'other.example') });
    expect(revive(plain, changed.p)).toEqual({ kind: 'unknown' });
    // A value without nodes does not depend on the module's text.
    expect(revive(text, changed.p)).toEqual({ kind: 'text', text: 'https://api.example.com/v1', holes: [] });
    const same = project();
    const fn = revive(plain, same.p) as Value & { kind: 'function' };
    expect(fn.kind).toBe('function');
    expect(fn.scope.node.type).toBe('function_definition');
    expect(fn.scope.node.text).toContain('fn.example');
  });

  it('is unknown when the module changed between two parses of the same index', () => {
    const texts: Record<string, string> = { ...TEXTS };
    const { p, get } = project(texts);
    const plain = throughJson(toPlain(get('endpoint'), p));
    p.release();
    texts['pkg/conf.py'] = `# moved\n${CONF}`;
    expect(revive(plain, p)).toEqual({ kind: 'unknown' });
  });

  it('the index keeps what it looked up across release(), without parsing the module again', () => {
    const { p, get } = project();
    expect(get('URL')).toMatchObject({ kind: 'text', text: 'https://api.example.com/v1' });
    const s = get('session') as Value & { kind: 'qualified' };
    const call = picture(s.origins[0]!.node);
    const fn = picture(get('endpoint'));
    p.release();
    expect(get('URL')).toMatchObject({ kind: 'text', text: 'https://api.example.com/v1' });
    const again = get('session') as Value & { kind: 'qualified' };
    expect(again.name).toBe('requests.Session()');
    expect(p.existing('pkg/conf.py')).toBeUndefined();
    expect(picture(again.origins[0]!.node)).toEqual(call);
    expect(picture(get('endpoint'))).toEqual(fn);
    expect(p.reparsed).toBe(1);
    // The same live value for every hit of one generation.
    expect(get('session')).toBe(again);
  });

  it('a revived value copied with a new name or as a method stays unread until its scope is read', () => {
    const { p, get } = project();
    const plain = throughJson(toPlain(get('endpoint'), p));
    p.release();
    const fn = revive(plain, p) as Value & { kind: 'function' };
    const named = extend(extend(fn, { qual: 'app.endpoint' }), { bound: true });
    expect(toPlain(named, p)).toEqual({ ...plain, qual: 'app.endpoint', bound: true });
    expect(p.existing('pkg/conf.py')).toBeUndefined();
    expect(named.scope.node.type).toBe('function_definition');
    expect(named.scope).toBe(fn.scope);
    expect(p.reparsed).toBe(1);
  });

  it('a reference whose node is not in the parse any more stands for an empty scope, not a wrong one', () => {
    const { p, get } = project();
    const plain = throughJson(toPlain(get('endpoint'), p)) as PlainValue & { kind: 'function' };
    const moved = { ...plain, scope: { ...plain.scope, node: { ...plain.scope.node!, type: 'class_definition' } } };
    const fn = revive(moved, p) as Value & { kind: 'function' };
    expect(fn.kind).toBe('function');
    expect(fn.scope.names.size).toBe(0);
    expect(fn.scope.returns).toEqual([]);
    expect(p.modelOf(fn.scope)).toBeUndefined();
    // And it has no plain form: it refers to no module of the project.
    expect(toPlain(fn, p)).toEqual(moved);
    expect(toPlain({ kind: 'function', scope: fn.scope }, p)).toEqual({ kind: 'unknown' });
  });
});
