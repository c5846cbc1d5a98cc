// One file: parse, resolve names, match rules, and turn each outbound site into a Finding.
import type { Config } from '../config/types.js';
import type { PythonParser, SyntaxNode } from '../parse/parser.js';
import type { RuleIndex, RuleMatch } from '../rules/index.js';
import { collectSymbols } from '../resolve/scopes.js';
import type { Scope } from '../resolve/scopes.js';
import { carried, credentialPath } from '../resolve/sources.js';
import { destinationOf } from '../resolve/strings.js';
import type { Origin, Value } from '../resolve/values.js';
import { HOLE, keywordArg, positionalArg, Resolver } from '../resolve/values.js';
import type { Destination, FileNote, Finding, Rule, SiteKind, UnusedSuppression } from '../types.js';
import { RISKS, riskRank } from '../types.js';
import { applyPolicy } from './policy.js';
import { callShape } from './call-shape.js';
import { fingerprintFindings } from './fingerprint.js';
import { parseSuppressions } from './suppressions.js';

export interface FileAnalysis {
  findings: Finding[];
  notes: FileNote[];
  unusedSuppressions: UnusedSuppression[];
  parsed: boolean;
  /** Set when the file could not be analysed (parse timeout). */
  skipped?: string;
}

export interface AnalyzeContext {
  parser: PythonParser;
  index: RuleIndex;
  config: Config;
  isTest: (file: string) => boolean;
}

const SITE_KINDS = ['client', 'send', 'init', 'connect'] as const;

export function analyzeSource(file: string, text: string, ctx: AnalyzeContext): FileAnalysis {
  const result: FileAnalysis = { findings: [], notes: [], unusedSuppressions: [], parsed: false };
  const mentionsSuppression = text.includes('egress:');
  if (!ctx.index.prefilter.test(text) && !mentionsSuppression) return result;
  // The time budget covers parsing and analysis: a pathological file is reported as skipped.
  const deadline = performance.now() + ctx.config.maxFileMillis;
  const tree = ctx.parser.parse(text, ctx.config.maxFileMillis * 1000);
  if (!tree) {
    result.skipped = `parsing took longer than ${ctx.config.maxFileMillis} ms`;
    return result;
  }
  const overtime = (): boolean => {
    if (performance.now() <= deadline) return false;
    result.skipped = `analysis took longer than ${ctx.config.maxFileMillis} ms`;
    return true;
  };
  result.parsed = true;
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      result.notes.push({
        file,
        level: 'note',
        message: 'the file has syntax errors; findings are reported from the parts that parsed',
      });
    }
    const sym = collectSymbols(ctx.parser, tree);
    const resolver = new Resolver();
    resolver.warm(sym.module);
    const raw: Finding[] = [];
    const shapes = new Map<Finding, string>();
    const tags = ctx.isTest(file) ? ['test'] : [];
    const site = (
      node: SyntaxNode,
      scope: Scope,
      m: RuleMatch,
      callee: string,
      dest: Destination,
      args: Origin[],
      hintHost?: string,
    ) => {
      const f = buildFinding(file, text, node, scope, m, callee, dest, args, resolver, ctx, tags, hintHost);
      shapes.set(
        f,
        node.type === 'import_statement' || node.type === 'import_from_statement' ? callee : callShape(node),
      );
      raw.push(f);
    };

    let n = 0;
    for (const { node, scope } of sym.calls) {
      if (++n % 16 === 0 && overtime()) return result;
      const callee = resolver.value(node.childForFieldName('function'), scope);
      if (callee.t !== 'q') continue;
      const matches = ctx.index.matches(callee.name, SITE_KINDS);
      if (!matches.length) continue;
      // Conditional rules (raw sockets, curl in subprocess...) apply even to a name that is a client
      // elsewhere; unconditional ones only when the name is not a client constructor.
      const ordered = [
        ...matches.filter((m) => m.kind !== 'client' && m.rule.when),
        ...(matches[0]!.kind === 'client' ? [] : matches.filter((m) => !m.rule.when)),
      ];
      for (const m of ordered) {
        const d = destinationFor(m, node, scope, callee, resolver);
        if (!conditionHolds(m.rule, node, scope, resolver, d, ctx.index)) continue;
        let dest = d.dest;
        if (!dest.host && m.rule.when) {
          const first = firstArgValue(node, scope, resolver);
          dest = (m.rule.when.commandIn ? commandDestination(first) : builtNameZone(first)) ?? dest;
        }
        // Loopback and local sockets (/dev/log, *.sock, AF_UNIX) written in the code are not egress.
        if (isLocalDestination(dest)) break;
        if (bareConstructor(m, node, callee.name)) break;
        if (m.rule.localWhen && localSite(m.rule.localWhen, [{ node, scope }, ...callee.origins], resolver)) break;
        site(node, scope, m, callee.name, dest, [{ node, scope }, ...callee.origins], defaultHost(d.value));
        break;
      }
    }
    for (const imp of sym.imports) {
      for (const mod of imp.modules) {
        const m = ctx.index.matches(mod, ['import'])[0];
        if (m) {
          site(imp.node, imp.scope, m, mod, defaultDestination(m.rule), []);
          break;
        }
      }
    }
    for (const pair of sym.classPairs) {
      const m = ctx.index.matches(pair.value, ['connect', 'send', 'init'])[0];
      if (!m) continue;
      // Destination from sibling keys of the same dict ("host", "url", "address"...).
      let dest = defaultDestination(m.rule);
      const dict = pair.node.parent;
      for (const sib of dict?.namedChildren ?? []) {
        const key = sib?.type === 'pair' ? sib.childForFieldName('key')?.text.slice(1, -1) : undefined;
        if (key && m.rule.hostArgs.some((h) => h.name === key)) {
          dest = toDestination(
            resolver.value(sib!.childForFieldName('value'), pair.scope),
            sib!.childForFieldName('value'),
          );
          break;
        }
      }
      site(pair.node, pair.scope, m, pair.value, dest, []);
    }

    const suppressions = mentionsSuppression ? parseSuppressions(ctx.parser, tree) : undefined;
    for (const f of raw) {
      const s = suppressions?.match(f);
      if (s) f.suppressed = s;
      applyPolicy(f, ctx.config);
    }
    if (suppressions) {
      for (const u of suppressions.unused()) result.unusedSuppressions.push({ file, line: u.line, text: u.text });
    }
    if (resolver.exhausted) {
      result.notes.push({
        file,
        level: 'warning',
        message:
          'name resolution stopped at its work budget; destinations later in the file may be reported as unknown',
      });
    }
    result.findings = fingerprintFindings(raw, shapes);
    return result;
  } finally {
    tree.delete();
  }
}

function argNode(call: SyntaxNode, name: string | undefined, position: number | undefined): SyntaxNode | undefined {
  const args = call.childForFieldName('arguments');
  if (!args) return undefined;
  return (
    (name ? keywordArg(args, name) : undefined) ?? (position !== undefined ? positionalArg(args, position) : undefined)
  );
}

function defaultDestination(rule: Rule): Destination {
  const h = rule.hosts.find((x) => !x.startsWith('*.'));
  return h ? { host: h, source: 'default' } : { source: 'default' };
}

const HTTP_VERBS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE)$/i;

/**
 * Destination: the call's own host argument, then the constructor's, then the rule's default host.
 * A relative path on the call (`client.post("/upload")`) defers to the constructor's base URL, and an
 * argument that is itself an object built by a call (`urlopen(Request(url))`) is read through.
 */
function destinationFor(
  m: RuleMatch,
  call: SyntaxNode,
  scope: Scope,
  callee: Value & { t: 'q' },
  resolver: Resolver,
): { dest: Destination; value?: Value } {
  const rule = m.rule;
  const sites: Origin[] = [{ node: call, scope }, ...[...callee.origins].reverse()];
  // The call itself builds the object when it is a connect/init site; otherwise only its origins do.
  const builds = m.kind === 'connect' || m.kind === 'init';
  let fallback: { dest: Destination; value?: Value } | undefined;
  let readThrough: { dest: Destination; value?: Value } | undefined;
  for (let i = 0; i < sites.length && i < 8; i++) {
    const s = sites[i]!;
    const shift = s.shift ?? 0;
    const hostArgs = i > 0 || builds ? [...rule.hostArgs, ...rule.constructorHostArgs] : rule.hostArgs;
    for (const ha of hostArgs) {
      const byName = ha.name ? argNode(s.node, ha.name, undefined) : undefined;
      let n = byName ?? argNode(s.node, undefined, ha.position === undefined ? undefined : ha.position + shift);
      if (!n) continue;
      // A positional argument whose own name says it is something else (`sendmail(mailfrom, ...)`).
      if (!byName && NOT_A_DESTINATION.test(lastName(n))) continue;
      // (host, port) address tuples.
      if (n.type === 'tuple' || n.type === 'list') n = n.firstNamedChild ?? n;
      let v = resolver.value(n, s.scope);
      // session.request("POST", url), conn.putrequest(self.method, path): the verb is not the destination,
      // and the path after it only names the host when it is a full URL (else the client's host decides).
      let afterVerb = false;
      if (ha.position !== undefined && isVerb(v, n)) {
        n = argNode(s.node, undefined, ha.position + shift + 1);
        if (!n) continue;
        v = resolver.value(n, s.scope);
        afterVerb = true;
      }
      if (v.t === 'q' && v.origins.length) {
        // An object built by a call (`urlopen(Request(url))`): read its constructor's arguments.
        readThrough ??= { dest: toDestination({ t: 'u' }, n) };
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

function lastName(n: SyntaxNode): string {
  if (n.type === 'identifier') return n.text;
  if (n.type === 'attribute') return n.childForFieldName('attribute')?.text ?? '';
  return '';
}

function isVerb(v: Value, n: SyntaxNode): boolean {
  if (v.t === 's') return HTTP_VERBS.test(v.text);
  if ((v.t === 'param' || v.t === 'env') && v.default?.t === 's') return HTTP_VERBS.test(v.default.text);
  return /(^|[._])(method|verb|http_method)$/i.test(n.text);
}

/** The rule's `local-when` argument (on the call or the constructor it came from) names local IPC. */
function localSite(local: NonNullable<Rule['localWhen']>, sites: Origin[], resolver: Resolver): boolean {
  for (const o of sites) {
    const args = o.node.childForFieldName('arguments');
    const a =
      (local.arg.name ? keywordArg(args, local.arg.name) : undefined) ??
      (local.arg.position !== undefined ? positionalArg(args, local.arg.position) : undefined);
    if (!a || a.type === 'string') continue;
    const v = resolver.value(a, o.scope);
    if (v.t === 'q' && local.in.includes(v.name)) return true;
  }
  return false;
}

/**
 * `smtplib.SMTP()`, `ftplib.FTP()`, `SysLogHandler()`, `pika.BlockingConnection()` with no arguments at
 * all and no default service host: the library either opens nothing until `.connect(host)` (reported
 * there) or talks to localhost. Inventory, not a finding.
 */
function bareConstructor(m: RuleMatch, call: SyntaxNode, callee: string): boolean {
  if (m.kind !== 'connect' || m.rule.when || callee.includes('()')) return false;
  if (m.rule.hosts.some((h) => !h.startsWith('*.'))) return false;
  const args = call.childForFieldName('arguments');
  return !!args && args.type === 'argument_list' && args.namedChildren.every((c) => c?.type === 'comment');
}

/** A host named in a shell command: the first word that parses as a URL, user@host:path or host. */
function commandDestination(v: Value): Destination | undefined {
  if (v.t !== 's') return undefined;
  for (const word of v.text.split(/[\s;|&()`'"<>]+/).slice(0, 200)) {
    if (!word || word.startsWith('-')) continue;
    const scp = /^[^@\s]{1,64}@([A-Za-z0-9.-]{1,253}):/.exec(word);
    const d = destinationOf(scp ? scp[1]! : word, []);
    if (
      d.host &&
      (word.includes('://') || scp || /^\d{1,3}(\.\d{1,3}){3}$/.test(d.host) || /\.[a-z]{2,}$/.test(d.host))
    )
      return { host: d.host, scheme: d.scheme, source: 'literal' };
  }
  return undefined;
}

/** For a DNS name built from data ("{data}.x.attacker.example"), the constant zone it ends in. */
function builtNameZone(v: Value): Destination | undefined {
  if (v.t !== 's' || !v.text.includes(HOLE)) return undefined;
  const tail = v.text
    .slice(v.text.lastIndexOf(HOLE) + 1)
    .replace(/^\.+/, '')
    .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(tail) ? { host: `*.${tail}`, source: 'literal' } : undefined;
}

function firstArgValue(call: SyntaxNode, scope: Scope, resolver: Resolver): Value {
  const args = call.childForFieldName('arguments');
  const first = positionalArg(args, 0) ?? keywordArg(args, 'args') ?? keywordArg(args, 'cmd');
  if (!first) return { t: 'u' };
  if (first.type === 'list' || first.type === 'tuple') {
    // A command list: join the constant words so the host can be found among them.
    const words = first.namedChildren.map((c) => (c ? resolver.value(c, scope) : undefined));
    return { t: 's', text: words.map((w) => (w?.t === 's' ? w.text : HOLE)).join(' '), holes: [] };
  }
  return resolver.value(first, scope);
}

/** "env X", "parameter url", with the default the code falls back to ("default api.example.net"). */
function describe(v: Value): string | undefined {
  if (v.t !== 'env' && v.t !== 'param') return undefined;
  const what = v.t === 'env' ? `env ${v.name}` : `parameter ${v.name}`;
  if (!v.default) return what;
  const d = v.default;
  if (d.t === 's') {
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
    if (h.t === 'env') return { source: 'env', detail: describe(h) };
    if (h.t === 'param') return { source: 'parameter', detail: describe(h) };
  }
  return { source: 'dynamic', detail: nodeDetail(node) };
}

function nodeDetail(node: SyntaxNode | null | undefined): string | undefined {
  return node ? `\`${truncate(node.text.replace(/\s+/g, ' '), 60)}\`` : undefined;
}

/** The host an env var or parameter falls back to, for service attribution only (never as the destination). */
export function defaultHost(v: Value | undefined): string | undefined {
  if (!v || (v.t !== 'env' && v.t !== 'param') || v.default?.t !== 's') return undefined;
  return destinationOf(v.default.text, v.default.holes).host;
}

export function toDestination(v: Value, node: SyntaxNode | null | undefined): Destination {
  switch (v.t) {
    case 's': {
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
      return { source: 'env', detail: describe(v) };
    case 'param':
      return { source: 'parameter', detail: describe(v) };
    default:
      return { source: 'dynamic', detail: nodeDetail(node) };
  }
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'cmd', 'cmd.exe', 'powershell', 'pwsh', 'powershell.exe']);

/** Words of a command given as a string or a list (looking through `sh -c "..."`). */
function commandWords(v: Value, node: SyntaxNode | undefined, scope: Scope, resolver: Resolver): string[] {
  if (v.t === 's') return v.text.split(/[\s;|&()`$<>]+/).filter(Boolean);
  if (node && (node.type === 'list' || node.type === 'tuple')) {
    const items = node.namedChildren.filter((c): c is SyntaxNode => !!c);
    const strs = items.map((c) => resolver.value(c, scope)).map((x) => (x.t === 's' ? x.text : ''));
    const first = basename(strs[0] ?? '');
    if (SHELLS.has(first)) {
      const c = strs.findIndex((s) => /^[-/]c$/i.test(s) || /^-command$/i.test(s));
      if (c >= 0 && strs[c + 1]) return strs[c + 1]!.split(/[\s;|&()`$<>]+/).filter(Boolean);
    }
    return strs.slice(0, 1);
  }
  return [];
}

function basename(word: string): string {
  return word.replace(/^.*[\\/]/, '').toLowerCase();
}

function conditionHolds(
  rule: Rule,
  call: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
  d: { dest: Destination; value?: Value },
  index: RuleIndex,
): boolean {
  const w = rule.when;
  if (!w) return true;
  const args = call.childForFieldName('arguments');
  if (w.commandIn) {
    const first = positionalArg(args, 0) ?? keywordArg(args, 'args') ?? keywordArg(args, 'cmd');
    const v = first ? resolver.value(first, scope) : { t: 'u' as const };
    const words = commandWords(v, first, scope, resolver);
    // In a string command, any word may start the egress (`cat x | nc host 80`); a list names one program.
    const set = new Set(w.commandIn);
    if (!words.some((x) => set.has(basename(x)))) return false;
  }
  if (w.argDynamic !== undefined) {
    const v = resolver.value(positionalArg(args, w.argDynamic), scope);
    const built = v.t === 's' && ((v.holes.length > 0 && v.text.replaceAll(HOLE, '').length > 0) || !!v.decoded);
    if (!built) return false;
  }
  if (w.argIn) {
    const v = resolver.value(positionalArg(args, 0), scope);
    if (v.t !== 's' || v.holes.length || !w.argIn.includes(v.text.split('.')[0]!)) return false;
  }
  if (w.argNameIn) {
    const names = new Set(w.argNameIn);
    const hit = (args?.namedChildren ?? []).some((a) => {
      const n = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a;
      const v = n ? resolver.value(n, scope) : undefined;
      return v?.t === 'q' && names.has(v.name);
    });
    if (!hit) return false;
  }
  if (w.schemeIn && !(d.dest.scheme && w.schemeIn.includes(d.dest.scheme))) {
    // Cloud object paths: the host carries the scheme ("s3://bucket").
    const scheme = d.dest.host?.match(/^([a-z0-9]+):\/\//)?.[1];
    if (!scheme || !w.schemeIn.includes(scheme)) return false;
  }
  if (w.argNetwork !== undefined) {
    const a = positionalArg(args, w.argNetwork);
    if (!a || !containsNetworkCall(a, scope, resolver, index)) return false;
  }
  return true;
}

function containsNetworkCall(node: SyntaxNode, scope: Scope, resolver: Resolver, index: RuleIndex, depth = 0): boolean {
  if (depth > 3) return false;
  for (const call of [node, ...node.descendantsOfType('call')]) {
    if (call?.type !== 'call') continue;
    const callee = resolver.value(call.childForFieldName('function'), scope);
    if (callee.t !== 'q') continue;
    const m = index.matches(callee.name, ['send', 'connect'])[0];
    if (m && m.rule.siteKind !== 'covert') return true;
  }
  // exec(code) where code = requests.get(u).text earlier in the function.
  if (node.type === 'identifier') {
    let s: Scope | undefined = scope;
    while (s) {
      const list = s.names.get(node.text);
      if (list) {
        return list.some((b) => b.k === 'expr' && containsNetworkCall(b.node, b.scope, resolver, index, depth + 1));
      }
      s = s.parent;
    }
  }
  return false;
}

const SITE_KIND: Record<string, SiteKind> = { send: 'send', init: 'init', connect: 'connect', import: 'import' };

function buildFinding(
  file: string,
  text: string,
  node: SyntaxNode,
  scope: Scope,
  m: RuleMatch,
  callee: string,
  dest0: Destination,
  argSites: Origin[],
  resolver: Resolver,
  ctx: AnalyzeContext,
  tags: string[],
  hintHost?: string,
): Finding {
  let rule = m.rule;
  let service = rule.service;
  let category = rule.category;
  const dest = { ...dest0 };
  // A generic client sending to a host that identifies a service takes that service (also when the
  // host is the default of an env var: `os.getenv("HOOK", "https://hooks.slack.com/...")`).
  const attributed = dest.host ?? hintHost;
  let generic = rule.generic;
  if (attributed && rule.generic) {
    const hs = ctx.index.hostService(attributed);
    if (hs) {
      if (hs.rule) rule = hs.rule;
      service = hs.service;
      category = hs.category;
      generic = false;
    }
  }
  let kind: SiteKind = rule.siteKind ?? SITE_KIND[m.kind] ?? 'send';
  let risk = rule.risk;
  // Obfuscated destinations belong to the rule that claims them, whatever the client.
  if (dest.source === 'decoded') {
    const claim = ctx.index.rules.find((r) => r.claimsDecoded);
    if (claim) {
      rule = claim;
      service = claim.service;
      category = claim.category;
      risk = claim.risk;
      kind = claim.siteKind ?? 'covert';
      generic = false;
    }
  }
  const cwe = new Set(rule.cwe);
  if (dest.scheme && /^(http|ftp|telnet|ws|smtp)$/.test(dest.scheme) && !isLocal(dest.host))
    for (const c of rule.destinationCwe.cleartext) cwe.add(c);
  if (dest.source === 'parameter') for (const c of rule.destinationCwe.parameter) cwe.add(c);

  const args = argSites.map((o) => ({ node: o.node.childForFieldName('arguments') ?? o.node, scope: o.scope }));
  const c = carried(resolver, args.length ? args : [{ node, scope }]);
  if (kind === 'covert' && node.type === 'call') {
    const first = positionalArg(node.childForFieldName('arguments'), 0);
    const v = first ? resolver.value(first, scope) : undefined;
    const p = v?.t === 's' ? credentialPath(v.text) : undefined;
    if (p) c.dataSources.add(`credential file ${p}`);
  }
  for (const k of rule.credentials) c.credentials.add(k);
  const dataSources = [...c.dataSources].sort();
  if (dataSources.length && riskRank(risk) < RISKS.length - 1) risk = RISKS[riskRank(risk) + 1]!;

  const start = node.startPosition;
  const end = node.endPosition;
  const lineStart = node.startIndex - start.column;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const firstLine = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const endColumn = end.row === start.row ? end.column + 1 : firstLine.length + 1;
  const where = dest.host ?? (dest.detail ? `a destination from ${dest.detail}` : 'a destination decided at run time');
  const verb =
    kind === 'init'
      ? 'Starts background egress to'
      : kind === 'connect'
        ? 'Opens a connection to'
        : kind === 'import'
          ? 'Importing this module starts egress to'
          : dataSources.length
            ? `Sends ${dataSources.join(', ')} to`
            : 'Sends data to';
  const message = `${verb} ${where} (${service}) via ${callee}.`;
  return {
    ruleId: rule.id,
    category,
    service,
    destination: dest,
    risk,
    message,
    file,
    startLine: start.row + 1,
    startColumn: start.column + 1,
    endLine: start.row + 1,
    endColumn: Math.max(endColumn, start.column + 2),
    snippet: firstLine.trim().slice(0, 200),
    callee,
    kind,
    credentials: [...c.credentials].sort(),
    dataSources,
    cwe: [...cwe].sort((a, b) => a - b),
    tags: [...tags],
    ...(generic ? { generic: true } : {}),
    fingerprint: '',
  };
}

function isLocalDestination(d: Destination): boolean {
  if (d.source !== 'literal' && d.source !== 'constant') return false;
  if (d.host) return isLocal(d.host);
  return !!d.detail && /^"(\/dev\/|\/var\/run\/|\/run\/|[^"]*\.sock")/.test(d.detail);
}

function isLocal(host: string | undefined): boolean {
  return !!host && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0)(:\d+)?$/.test(host);
}
