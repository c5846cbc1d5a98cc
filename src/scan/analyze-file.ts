// One file: parse, resolve names, match rules, and turn each outbound site into a Finding.
import type { Config } from '../config/types.js';
import type { PythonParser, SyntaxNode } from '../parse/parser.js';
import { collectSymbols } from '../resolve/scopes.js';
import type { Scope } from '../resolve/scopes.js';
import {
  builtNameZone,
  commandDestination,
  defaultDestination,
  defaultHost,
  destinationFor,
  firstArgValue,
  isLocalDestination,
  localSite,
  toDestination,
} from '../resolve/destination.js';
import type { Origin } from '../resolve/values.js';
import { Resolver } from '../resolve/values.js';
import { conditionHolds } from '../rules/conditions.js';
import type { RuleIndex, RuleMatch } from '../rules/index.js';
import type { Destination, FileNote, Finding, UnusedSuppression } from '../types.js';
import { buildFinding, type FileContext } from './build-finding.js';
import { callShape } from './call-shape.js';
import { fingerprintFindings } from './fingerprint.js';
import { applyPolicy } from './policy.js';
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
    const fc: FileContext = { file, text, resolver, index: ctx.index, tags };
    const site = (
      node: SyntaxNode,
      scope: Scope,
      m: RuleMatch,
      callee: string,
      dest: Destination,
      args: Origin[],
      hintHost?: string,
    ) => {
      const f = buildFinding(fc, { node, scope, match: m, callee, destination: dest, argSites: args, hintHost });
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
      if (callee.kind !== 'qualified') continue;
      const matches = ctx.index.matches(callee.name, SITE_KINDS);
      if (!matches.length) continue;
      // Conditional rules (raw sockets, curl in subprocess...) apply even to a name that is a client
      // elsewhere; unconditional ones only when the name is not a client constructor.
      const ordered = [
        ...matches.filter((m) => m.kind !== 'client' && m.rule.when),
        ...(matches[0]!.kind === 'client' ? [] : matches.filter((m) => !m.rule.when)),
      ];
      for (const m of ordered) {
        const d = destinationFor(m.rule, m.kind === 'connect' || m.kind === 'init', node, scope, callee, resolver);
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
