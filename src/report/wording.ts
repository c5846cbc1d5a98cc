// One wording for findings and the gate, shared by SARIF, the PR comment, the job summary, the
// terminal and the gate's failure message. Pure: plain data in, plain (unescaped) text out; each
// renderer escapes for its target (Markdown, SARIF message strings, terminal).

import { gateCounts, type FailReason, type GateDecision } from '../compare/gate.js';
import { destinationText } from '../model/destination.js';
import type { DefaultOn, Destination, Finding, PayloadSite, SkippedFile, TraceStep, Trigger } from '../types.js';

export { destinationText };

/** Part of a sentence; `host` parts are a destination host, which Markdown renders as a code span. */
export interface TextPart {
  text: string;
  host?: boolean;
}

const joinParts = (parts: TextPart[]): string => parts.map((p) => p.text).join('');

/** The destination inside a sentence: the host, or where the address comes from. */
function destinationParts(d: Destination): TextPart[] {
  // A default host of an env var or parameter: say which setting can move it.
  const setting = d.host && (d.source === 'env' || d.source === 'parameter') ? /^\S+ \S+/.exec(d.detail ?? '') : null;
  if (d.host) return [{ text: d.host, host: true }, ...(setting ? [{ text: ` (default of ${setting[0]})` }] : [])];
  return [{ text: d.detail ? `a destination from ${d.detail}` : 'a destination decided at run time' }];
}

/** A related location's label. */
export function traceMessage(t: TraceStep): string {
  return t.role === 'send' ? 'The call inside the wrapper that sends.' : 'Where the destination is set.';
}

function verb(f: Finding): string {
  switch (f.kind) {
    case 'init':
      return 'Starts background egress to';
    case 'connect':
      return 'Opens a connection to';
    case 'import':
      return 'Importing this module starts egress to';
    case 'client':
      return 'Configures a client that sends to';
    default:
      return f.dataSources.length ? `Sends ${f.dataSources.join(', ')} to` : 'Sends data to';
  }
}

const TRIGGER_TEXT: Record<Trigger, string> = {
  startup: 'runs at interpreter start-up',
  install: 'runs at install (setup.py)',
  import: 'runs on import',
};

/** "runs at interpreter start-up" (`.pth`, sitecustomize), "runs at install (setup.py)", "runs on import". */
export function triggerText(t: Trigger): string {
  return TRIGGER_TEXT[t];
}

/** Where the decoded code's send is, e.g. "decoded with b64decode → zlib, line 2: requests.post(u)". */
export function payloadText(p: PayloadSite): string {
  const how = p.layers.length ? `decoded with ${p.layers.join(' → ')}` : 'as written in the string';
  const deep = p.depth > 1 ? `, ${p.depth} levels of code run from code` : '';
  return `${how}${deep}, line ${p.line}: ${p.text}`;
}

/** A related location's label for the code a call runs (SARIF shows it at the call). */
export function payloadMessage(p: PayloadSite): string {
  return `The code this call runs (${p.service}, ${payloadText(p)})`;
}

/**
 * How to turn a package's default-on telemetry off: "set RAY_USAGE_STATS_ENABLED=0; or run ray
 * disable-usage-stats". `short` (table cells): the env settings only, else the first other way.
 */
export function optOutText(d: DefaultOn, short = false): string {
  const env = d.optOut.env.map((e) => `set ${e}`);
  const other = [...d.optOut.config.map((c) => `configure ${c}`), ...d.optOut.cli.map((c) => `run ${c}`)];
  const ways = short ? (env.length ? env : other.slice(0, 1)) : [...env, ...other];
  return ways.length > 1 ? `${ways.slice(0, -1).join('; ')}; or ${ways[ways.length - 1]}` : (ways[0] ?? '');
}

/** "via dependency", "via dependency, through langchain → langsmith": how the comment marks dependency rows. */
export function dependencyMark(f: Finding): string | undefined {
  const d = f.dependency;
  if (!d) return undefined;
  if (d.source) return 'package source';
  return d.via?.length ? `via dependency, through ${d.via.join(' → ')}` : 'via dependency';
}

/** A dependency finding as a sentence: the package (or source), where it sends, the opt-out. */
function dependencyMessage(f: Finding): string {
  const d = f.dependency!;
  const dest = joinParts(destinationParts(f.destination));
  const file = f.file.split('/').pop();
  if (d.source === 'index')
    return `Installs packages from the index ${dest} (${f.callee} in ${file}): package names and versions are sent there.`;
  if (d.source === 'url')
    return `Installs ${d.package || 'a package'} from ${dest}, a direct URL or VCS requirement (${d.url ?? ''}).`;
  const how = d.via?.length
    ? `Brings in ${d.package} through ${d.via.join(' → ')} (${file})`
    : `Depends on ${d.package}`;
  if (d.defaultOn) {
    const when = d.defaultOn.trigger ? `, ${d.defaultOn.trigger}` : '';
    const to = f.destination.host ? ` to ${dest}` : '';
    return `${how}, which sends ${d.defaultOn.sends} by default${to} (${f.service})${when}. Opt out: ${optOutText(d.defaultOn)}.`;
  }
  return `${how}, the SDK of ${f.service} (sends to ${dest}).`;
}

/**
 * The finding as one standalone sentence, e.g.
 * "Sends prompt to api.openai.com (OpenAI) via openai.OpenAI().chat.completions.create."
 * Code run from a string: "Runs code that sends data to 203.0.113.5 (requests (HTTP)) via requests.post;
 * the code, decoded with b64decode, line 1: requests.post(...)."
 */
export function findingMessage(f: Finding): string {
  return joinParts(findingMessageParts(f));
}

function findingMessageParts(f: Finding): TextPart[] {
  if (f.dependency) return [{ text: dependencyMessage(f) }];
  const via = f.callee ? ` via ${f.callee}` : '';
  const when = f.trigger ? ` It ${triggerText(f.trigger)}.` : '';
  if (f.payload) {
    const v = verb(f);
    return [
      { text: `Runs code that ${v.charAt(0).toLowerCase()}${v.slice(1)} ` },
      ...destinationParts(f.destination),
      { text: ` (${f.payload.service})${via}; the code, ${payloadText(f.payload)}.${when}` },
    ];
  }
  return [{ text: `${verb(f)} ` }, ...destinationParts(f.destination), { text: ` (${f.service})${via}.${when}` }];
}

/** SARIF result text: the sentence, then the policy marks and credentials. */
export function findingResultText(f: Finding): string {
  return joinParts(findingResultParts(f));
}

/** findingResultText in parts, for renderers that set hosts apart (Markdown code spans). */
export function findingResultParts(f: Finding): TextPart[] {
  let marks = '';
  if (f.denied) marks += ` Denied by ${f.denied.by}.`;
  if (f.allowed) marks += ` Approved by ${f.allowed.by}.`;
  if (f.credentials.length) marks += ` Credentials: ${f.credentials.join(', ')}.`;
  return marks ? [...findingMessageParts(f), { text: marks }] : findingMessageParts(f);
}

/** Short status words for a finding: denied, approved, suppressed, test. */
export function findingStatus(f: Finding): string[] {
  const out: string[] = [];
  if (f.denied) out.push(`denied by ${f.denied.by}`);
  if (f.allowed) out.push(`approved by ${f.allowed.by}`);
  if (f.suppressed) out.push(`suppressed: ${f.suppressed.justification || '(no reason)'}`);
  if (f.tags.includes('test')) out.push('test');
  if (f.trigger) out.push(triggerText(f.trigger));
  if (f.payload) out.push('code run from a string');
  return out;
}

/** "service → destination", as the terminal, the gate message and the comment rows show it. */
export function serviceAndDestination(f: Finding): string {
  return `${f.service} → ${destinationText(f.destination)}`;
}

export function failReasonText(f: Finding, reason: FailReason): string {
  if (reason === 'denied') return `denied by ${f.denied?.by ?? 'policy'}`;
  if (reason === 'untrusted-suppression') return `${f.risk}; suppression added in this PR is not trusted`;
  return `${f.risk} at or above fail-on`;
}

/** One line of the gate's failure list: "src/a.py:12 Slack → hooks.slack.com [communication.slack] (high …)". */
export function gateFailureLine(f: Finding, reason: FailReason): string {
  return `${f.file}:${f.startLine} ${serviceAndDestination(f)} [${f.ruleId}] (${failReasonText(f, reason)})`;
}

/** An annotation's title and text for a new finding; `reason` when it fails (or would fail) the gate. */
export function findingAnnotation(f: Finding, reason: FailReason | undefined): { title: string; text: string } {
  const why = reason ? `Fails the gate: ${failReasonText(f, reason)}.` : `New finding (${f.risk}), below fail-on.`;
  return { title: `egress-audit: ${f.service} (${f.risk})`, text: `${findingMessage(f)} ${why} Rule ${f.ruleId}.` };
}

/** The note when GitHub's per-step annotation limits left findings without an annotation. */
export function annotationCapNote(shown: number, total: number, perKind: number): string {
  return (
    `${shown} of ${total} new findings are annotated (GitHub shows at most ${perKind} error and ${perKind} warning ` +
    'annotations per step, most severe first here); the job summary and the SARIF list every finding.'
  );
}

/** What kind of analysis failure a skip reason describes (for the advice). */
export type UnanalysedKind = 'size' | 'time' | 'content' | 'read';

export function unanalysedKind(reason: string): UnanalysedKind {
  if (/max-file-size|larger than|exceeds/i.test(reason)) return 'size';
  if (/took longer than|time budget|max-file-millis/i.test(reason)) return 'time';
  if (/binary|NUL|decode|encoding/i.test(reason)) return 'content';
  return 'read';
}

/** What to do about a changed file that could not be analysed. */
export function unanalysedAdvice(s: SkippedFile): string {
  switch (unanalysedKind(s.reason)) {
    case 'size':
      return 'raise `max-file-size` in the config on the base branch (or the `max-file-size` input), or exclude the file in the base config';
    case 'time':
      return 'raise `max-file-millis` in the config on the base branch, or exclude the file in the base config';
    case 'content':
      return 'if it is not Python source, exclude it in the config on the base branch; otherwise make it decodable text';
    default:
      return 're-run the job; if it persists, exclude the file in the config on the base branch';
  }
}

/** "src/big.py: larger than max-file-size (…) — raise `max-file-size` …". */
export function unanalysedLine(s: SkippedFile): string {
  return `${s.file}: ${s.reason} — ${unanalysedAdvice(s)}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Headline parts for what fails the gate, e.g. "1 new call site of an existing integration". */
export function gateHeadlineParts(counts: { newIntegration: number; callSite: number; unanalysed: number }): string[] {
  const parts: string[] = [];
  if (counts.newIntegration)
    parts.push(
      plural(counts.newIntegration, 'finding of a new outbound integration', 'findings of new outbound integrations'),
    );
  if (counts.callSite)
    parts.push(
      plural(counts.callSite, 'new call site of an existing integration', 'new call sites of existing integrations'),
    );
  if (counts.unanalysed)
    parts.push(
      plural(counts.unanalysed, 'changed file that could not be analysed', 'changed files that could not be analysed'),
    );
  return parts;
}

/** "a, b and c". */
export function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The gate in a few words for a report header: "failed (fail-on: high): 2 findings of new …". */
export function gateSummary(g: GateDecision): string {
  const threshold = `fail-on: ${g.failOn}`;
  if (!g.wouldFail) {
    const u = g.unanalysed.length;
    return u ? `passed (${threshold}); ${plural(u, 'file', 'files')} could not be analysed` : `passed (${threshold})`;
  }
  const what = joinAnd(gateHeadlineParts(gateCounts(g)));
  return `${g.failed ? 'failed' : 'would fail, warn-only'} (${threshold}): ${what}`;
}
