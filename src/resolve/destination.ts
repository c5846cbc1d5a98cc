// Destination inference: which host a call talks to, from its arguments, the constructor it came from,
// or the rule's default host; and which destinations are local (loopback, Unix sockets), not egress.
import type { SyntaxNode } from '../parse/parser.js';
import type { Destination, HostArg, Rule } from '../types.js';
import type { ArgSource } from './arguments.js';
import { callArgs } from './arguments.js';
import { earlierReceiverCalls } from './receiver-calls.js';
import type { Scope } from './scopes.js';
import { destinationOf } from './strings.js';
import type { Origin, Value } from './values.js';
import { HOLE, keywordArg, positionalArg, Resolver } from './values.js';

/** The argument of `call` a rule's host-arg names: by keyword, else by position. */
export function hostArgNode(call: SyntaxNode, arg: HostArg, view?: ArgSource): SyntaxNode | undefined {
  return argNode(call, arg.name, arg.position, view);
}

function argNode(
  call: SyntaxNode,
  name: string | undefined,
  position: number | undefined,
  view?: ArgSource,
): SyntaxNode | undefined {
  if (view)
    return (name ? view.keyword(name) : undefined) ?? (position !== undefined ? view.positional(position) : undefined);
  const args = call.childForFieldName('arguments');
  if (!args) return undefined;
  return (
    (name ? keywordArg(args, name) : undefined) ?? (position !== undefined ? positionalArg(args, position) : undefined)
  );
}

export function defaultDestination(rule: Rule): Destination {
  const h = rule.hosts.find((x) => !x.startsWith('*.'));
  return h ? { host: h, source: 'default' } : { source: 'default' };
}

const HTTP_VERBS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE)$/i;

/**
 * Destination: the call's own host argument, then the constructor's, then the rule's default host.
 * A relative path on the call (`client.post("/upload")`) defers to the constructor's base URL, and an
 * argument that is itself an object built by a call (`urlopen(Request(url))`) is read through.
 */
export function destinationFor(
  rule: Rule,
  builds: boolean,
  call: SyntaxNode,
  scope: Scope,
  callee: Value & { kind: 'qualified' },
  resolver: Resolver,
  view?: ArgSource,
): { dest: Destination; value?: Value } {
  // `builds`: the call itself builds the object (a connect/init site); otherwise only its origins do.
  // Then earlier `obj.connect(...)` calls on the same object (`host-from-calls`), then its constructors.
  const connected = earlierReceiverCalls(call, rule.hostFromCalls).map((node) => ({ node, scope }));
  const sites: Origin[] = [{ node: call, scope, args: view }, ...connected, ...[...callee.origins].reverse()];
  let fallback: { dest: Destination; value?: Value } | undefined;
  let readThrough: { dest: Destination; value?: Value } | undefined;
  for (let i = 0; i < sites.length && i < 8; i++) {
    const s = sites[i]!;
    const shift = s.shift ?? 0;
    const hostArgs = i > 0 || builds ? [...rule.hostArgs, ...rule.constructorHostArgs] : rule.hostArgs;
    for (const ha of hostArgs) {
      const byName = ha.name ? argNode(s.node, ha.name, undefined, s.args) : undefined;
      let n = byName ?? argNode(s.node, undefined, ha.position === undefined ? undefined : ha.position + shift, s.args);
      if (!n) continue;
      // A positional argument whose own name says it is something else (`sendmail(mailfrom, ...)`).
      if (!byName && (NOT_A_DESTINATION.test(lastName(n)) || SOCKET_CONSTANT.test(lastName(n)))) continue;
      // (host, port) address tuples.
      if (n.type === 'tuple' || n.type === 'list') n = n.firstNamedChild ?? n;
      let v = resolver.value(n, s.scope);
      // session.request("POST", url), conn.putrequest(self.method, path): the verb is not the destination,
      // and the path after it only names the host when it is a full URL (else the client's host decides).
      let afterVerb = false;
      if (ha.position !== undefined && isVerb(v, n)) {
        n = argNode(s.node, undefined, ha.position + shift + 1, s.args);
        if (!n) continue;
        v = resolver.value(n, s.scope);
        afterVerb = true;
      }
      if (v.kind === 'qualified' && v.origins.length) {
        // An object built by a call (`urlopen(Request(url))`): read its constructor's arguments.
        readThrough ??= { dest: toDestination({ kind: 'unknown' }, n) };
        sites.push(...[...v.origins].reverse());
        break;
      }
      const dest = toDestination(v, n);
      if (dest.host || (dest.source !== 'constant' && !afterVerb)) return { dest, value: v };
      fallback ??= { dest, value: v }; // a relative path: keep looking for a base URL
      break;
    }
  }
  if (fallback) return fallback;
  const dflt = defaultDestination(rule);
  return !dflt.host && readThrough ? readThrough : { dest: dflt };
}

const NOT_A_DESTINATION =
  /^(from|from_?addrs?|sender|mail_?from|msg|message|body|data|payload|content|json|text|subject|to_?addrs?|rcpt_?tos?|recipients?|files?|filename|key|bucket)$/i;
/** `socket.socket(socket.AF_INET, ...)`: an address family or socket type is never a destination. */
const SOCKET_CONSTANT = /^(AF|SOCK|IPPROTO)_[A-Z0-9_]+$/;

function lastName(n: SyntaxNode): string {
  if (n.type === 'identifier') return n.text;
  if (n.type === 'attribute') return n.childForFieldName('attribute')?.text ?? '';
  return '';
}

function isVerb(v: Value, n: SyntaxNode): boolean {
  if (v.kind === 'text') return HTTP_VERBS.test(v.text);
  if ((v.kind === 'param' || v.kind === 'env') && v.default?.kind === 'text') return HTTP_VERBS.test(v.default.text);
  return /(^|[._])(method|verb|http_method)$/i.test(n.text);
}

/** For a DNS name built from data ("{data}.x.attacker.example"), the constant zone it ends in. */
export function builtNameZone(v: Value): Destination | undefined {
  if (v.kind !== 'text' || !v.text.includes(HOLE)) return undefined;
  const tail = v.text
    .slice(v.text.lastIndexOf(HOLE) + 1)
    .replace(/^\.+/, '')
    .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(tail) ? { host: `*.${tail}`, source: 'literal' } : undefined;
}

export function firstArgValue(call: SyntaxNode, scope: Scope, resolver: Resolver, view?: ArgSource): Value {
  const a = view ?? callArgs(call);
  const first = a.positional(0) ?? a.keyword('args') ?? a.keyword('cmd');
  if (!first) return { kind: 'unknown' };
  if (first.type === 'list' || first.type === 'tuple') {
    // A command list: join the constant words so the host can be found among them.
    const words = first.namedChildren.map((c) => (c ? resolver.value(c, scope) : undefined));
    return { kind: 'text', text: words.map((w) => (w?.kind === 'text' ? w.text : HOLE)).join(' '), holes: [] };
  }
  return resolver.value(first, scope);
}

/** "env X", "parameter url", with the default the code falls back to ("default api.example.net"). */
function describe(v: Value): string | undefined {
  if (v.kind !== 'env' && v.kind !== 'param') return undefined;
  const what = v.kind === 'env' ? `env ${v.name}` : `parameter ${v.name}`;
  if (!v.default) return what;
  const d = v.default;
  if (d.kind === 'text') {
    if (!d.text.trim()) return what;
    const host = destinationOf(d.text, d.holes).host;
    if (host) return `${what} (default ${host})`;
    if (!d.holes.length) return `${what} (default "${truncate(d.text, 40)}")`;
  }
  const inner = describe(d);
  return inner ? `${what} (default ${inner})` : what;
}

function holeSource(holes: Value[], node: SyntaxNode | null | undefined): Destination {
  for (const h of holes) {
    if (h.kind === 'env') return withDefaultHost({ source: 'env', detail: describe(h) }, h);
    if (h.kind === 'param') return withDefaultHost({ source: 'parameter', detail: describe(h) }, h);
  }
  return { source: 'dynamic', detail: nodeDetail(node) };
}

function nodeDetail(node: SyntaxNode | null | undefined): string | undefined {
  return node ? `\`${truncate(node.text.replace(/\s+/g, ' '), 60)}\`` : undefined;
}

/** The host an env var or parameter falls back to, for service attribution only (never as the destination). */
export function defaultHost(v: Value | undefined, depth = 0): string | undefined {
  const d = finalDefault(v);
  if (!d) return undefined;
  const p = destinationOf(d.text, d.holes);
  if (p.host) return p.host;
  // `f"{os.getenv('X', 'https://app.example.com')}/api"`: the host part is itself a setting with a default.
  const hole = p.hostHoles?.length === 1 ? p.hostHoles[0] : undefined;
  return hole && depth < 4 ? defaultHost(hole, depth + 1) : undefined;
}

/** The constant an env var or parameter falls back to, through a chain (`a or getenv("X") or URL`). */
function finalDefault(v: Value | undefined): (Value & { kind: 'text' }) | undefined {
  let d = v && (v.kind === 'env' || v.kind === 'param') ? v.default : undefined;
  for (let i = 0; d && (d.kind === 'env' || d.kind === 'param') && i < 8; i++) d = d.default;
  return d?.kind === 'text' ? d : undefined;
}

export function toDestination(v: Value, node: SyntaxNode | null | undefined): Destination {
  switch (v.kind) {
    case 'text': {
      const p = destinationOf(v.text, v.holes);
      const literal = node?.type === 'string' || node?.type === 'concatenated_string';
      if (p.host) {
        return { host: p.host, scheme: p.scheme, source: v.decoded ? 'decoded' : literal ? 'literal' : 'constant' };
      }
      if (p.hostHoles) return { ...holeSource(p.hostHoles, node), scheme: p.scheme };
      if (!v.holes.length) return { source: 'constant', detail: `"${truncate(v.text, 60)}"`, scheme: p.scheme };
      return { ...holeSource(v.holes, node), scheme: p.scheme };
    }
    case 'env':
      return withDefaultHost({ source: 'env', detail: describe(v) }, v);
    case 'param':
      return withDefaultHost({ source: 'parameter', detail: describe(v) }, v);
    default:
      return { source: 'dynamic', detail: nodeDetail(node) };
  }
}

/**
 * An env var or parameter with a default URL talks to that default unless configured otherwise: the
 * default is the host (the source and detail still say it can be changed). A loopback default is not
 * taken: the deployment decides where a `localhost` default really points.
 */
function withDefaultHost(d: Destination, v: Value): Destination {
  const host = defaultHost(v);
  if (!host || isLocal(host)) return d;
  const scheme = schemeOf(finalDefault(v));
  return { ...d, host, ...(scheme && !d.scheme ? { scheme } : {}) };
}

function schemeOf(v: Value | undefined): string | undefined {
  return v?.kind === 'text' ? destinationOf(v.text, v.holes).scheme : undefined;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function isLocalDestination(d: Destination): boolean {
  if (d.source !== 'literal' && d.source !== 'constant') return false;
  if (d.scheme === 'file') return true; // file:// names a local file, whatever the client
  if (d.host) return isLocal(d.host);
  return !!d.detail && /^"(\/dev\/|\/var\/run\/|\/run\/|[^"]*\.sock")/.test(d.detail);
}

export function isLocal(host: string | undefined): boolean {
  return !!host && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0)(:\d+)?$/.test(host);
}
