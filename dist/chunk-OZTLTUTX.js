import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  toJson
} from "./chunk-IEJD7DF4.js";
import {
  checkConfigRules,
  compareByPriority,
  compareFindings,
  countByRisk,
  destinationText,
  escapeMarkdown,
  findingStatus,
  formatProblem,
  loadConfigFile,
  loadRuleSet,
  serializeSarif,
  toSarif
} from "./chunk-XU7WE2YU.js";
import {
  VERSION
} from "./chunk-QMITRBMT.js";
import "./chunk-2LQTJKRQ.js";
import {
  CATEGORY_TITLES,
  RISKS,
  riskRank,
  scanPaths
} from "./chunk-AAN5ANWU.js";
import "./chunk-7BOAENXZ.js";

// src/cli/scan.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/scan-markdown.ts
var EMOJI = { critical: "\u{1F534}", high: "\u{1F534}", medium: "\u{1F7E0}", low: "\u{1F7E1}" };
var MAX_ROWS = 1e3;
function renderScanMarkdown(result, title = "egress-audit: outbound integrations") {
  const live = result.findings.filter((f) => !f.suppressed && !f.allowed);
  const counts = countByRisk(live.map((f) => f.risk));
  const summary = RISKS.slice().reverse().filter((r) => counts[r]).map((r) => `${counts[r]} ${r}`).join(", ");
  const lines = [
    `## ${title}`,
    "",
    live.length ? `\u26A0\uFE0F Outbound integration sites: ${live.length}${summary ? ` (${summary})` : ""}.` : "\u2705 No outbound integration sites.",
    "",
    `Scanned ${result.filesScanned} files (${result.filesParsed} parsed); ${result.findings.length - live.length} suppressed or approved; ${result.skipped.length} skipped.`,
    ""
  ];
  if (result.findings.length) {
    lines.push(
      "| Risk | Category | Service | Destination | Location | Status |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    const sorted = [...result.findings].sort(compareByPriority);
    for (const f of sorted.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${EMOJI[f.risk]} ${f.risk} | ${CATEGORY_TITLES[f.category]} | ${escapeMarkdown(f.service)} | ${escapeMarkdown(destinationText(f.destination))} | ${escapeMarkdown(`${f.file}:${f.startLine}`)} | ${escapeMarkdown(findingStatus(f).join("; "))} |`
      );
    }
    if (sorted.length > MAX_ROWS)
      lines.push("", `\u2026and ${sorted.length - MAX_ROWS} more (see the SARIF or JSON output).`);
    lines.push("");
  }
  if (result.skipped.length) {
    lines.push("<details><summary>Skipped files</summary>", "");
    for (const s of result.skipped.slice(0, 200))
      lines.push(`- ${escapeMarkdown(s.file)}: ${escapeMarkdown(s.reason)}`);
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}

// src/report/text.ts
var RISK_COLOR = {
  critical: "\x1B[1;31m",
  high: "\x1B[31m",
  medium: "\x1B[33m",
  low: "\x1B[36m"
};
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
function sanitizeTerminal(s) {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, "\uFFFD");
}
function paint(on, code, s) {
  return on ? `${code}${s}${RESET}` : s;
}
function findingLine(f, opts = {}) {
  const c = opts.color === true;
  const where = sanitizeTerminal(`${f.file}:${f.startLine}:${f.startColumn}`);
  const risk = paint(c, RISK_COLOR[f.risk], f.risk.toUpperCase().padEnd(8));
  const dest = sanitizeTerminal(`${f.service} \u2192 ${destinationText(f.destination)}`);
  const callee = f.callee ? `  ${paint(c, DIM, `(${sanitizeTerminal(f.callee)})`)}` : "";
  const marks = [];
  if (f.denied) marks.push(`[denied: ${f.denied.by}]`);
  if (f.allowed) marks.push(`[allowed: ${f.allowed.by}]`);
  if (f.suppressed) marks.push(`[suppressed: ${f.suppressed.justification || "no reason"}]`);
  if (f.tags.includes("test")) marks.push("[test]");
  const tail = marks.length ? `  ${paint(c, DIM, sanitizeTerminal(marks.join(" ")))}` : "";
  return `${where}  ${risk}  ${f.category.padEnd(13)}  ${dest}${callee}${tail}`;
}
function totalsLine(result) {
  const counts = countByRisk(result.findings.map((f) => f.risk));
  const byRisk = [...RISKS].reverse().filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  const allowed = result.findings.filter((f) => f.allowed).length;
  const n = result.findings.length;
  const parts = [`${n} finding${n === 1 ? "" : "s"}${byRisk.length ? ` (${byRisk.join(", ")})` : ""}`];
  parts.push(`${result.filesScanned} file${result.filesScanned === 1 ? "" : "s"} scanned`);
  if (suppressed) parts.push(`${suppressed} suppressed`);
  if (allowed) parts.push(`${allowed} allowed`);
  if (result.skipped.length) parts.push(`${result.skipped.length} skipped`);
  return parts.join(", ");
}
function renderText(result, opts = {}) {
  const lines = [...result.findings].sort(compareFindings).map((f) => findingLine(f, opts));
  const note = (s) => sanitizeTerminal(s);
  if (result.notes.length) {
    lines.push("", "Notes:");
    for (const n of result.notes) lines.push(`  ${note(n.file)}: ${n.level}: ${note(n.message)}`);
  }
  if (result.unusedSuppressions.length) {
    lines.push("", "Unused suppressions:");
    for (const u of result.unusedSuppressions) lines.push(`  ${note(u.file)}:${u.line}: ${note(u.text)}`);
  }
  if (result.skipped.length) {
    lines.push("", "Skipped files:");
    for (const s of result.skipped) lines.push(`  ${note(s.file)}: ${note(s.reason)}`);
  }
  if (lines.length) lines.push("");
  lines.push(totalsLine(result));
  return lines.join("\n") + "\n";
}

// src/cli/scan.ts
var SCAN_USAGE = `Usage: egress-audit scan [PATH...] [options]

Scans Python files and folders (default: .) for outbound integrations and data-egress risks.

Options:
  --root DIR              workspace root: paths are reported relative to it and never leave it (default: .)
  --config FILE           config file (default: .github/egress-audit.yml under the root, if present)
  --sarif FILE            write SARIF 2.1.0 for GitHub code scanning
  --json FILE             write the full findings as JSON
  --markdown FILE         write a Markdown report
  --format text|json      stdout format (default: text)
  --fail-on LEVEL         none|low|medium|high|critical: exit 1 when an unsuppressed, non-allowlisted
                          finding at or above LEVEL exists (default: none)
  --category ID           SARIF automationDetails.id (default: egress-audit/)
  --workers N             worker threads for large scans (default: CPU count, up to 4; 1 = no workers)
  --no-color              no ANSI colours (colours are only used on a terminal anyway)
`;
function writeOut(path, text) {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, text);
}
async function runScan(argv, io, env) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: "string" },
        config: { type: "string" },
        sarif: { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        category: { type: "string" },
        workers: { type: "string" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    io.stderr.write(`egress-audit scan: ${e.message}

${SCAN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(SCAN_USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr.write(`egress-audit scan: --format must be text or json, not "${format}"
`);
    return 2;
  }
  const failOn = values["fail-on"] ?? "none";
  if (failOn !== "none" && !RISKS.includes(failOn)) {
    io.stderr.write(`egress-audit scan: --fail-on must be one of none, ${RISKS.join(", ")}; got "${failOn}"
`);
    return 2;
  }
  const workers = values.workers !== void 0 ? Number(values.workers) : env.defaultWorkers;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    io.stderr.write(`egress-audit scan: --workers must be an integer from 1 to 64
`);
    return 2;
  }
  const root = resolve(values.root ?? ".");
  const config = loadConfigFile(values.config, root);
  if (!config.ok) {
    io.stderr.write(config.problems.map((p) => `egress-audit: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const rules = loadRuleSet(config.value, root);
  if (!rules.ok) {
    io.stderr.write(rules.problems.map((p) => `egress-audit: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const cross = checkConfigRules(config.value, new Set(rules.value.byId.keys()));
  if (cross.length) {
    io.stderr.write(cross.map((p) => `egress-audit: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const inputs = positionals.map((p) => resolve(p));
  const result = await scanPaths(inputs, root, { config: config.value, rules: rules.value, workers });
  if (values.sarif) {
    const { log, warnings } = toSarif({
      findings: result.findings,
      rules: rules.value.rules,
      skipped: result.skipped,
      notes: result.notes,
      version: VERSION,
      automationId: values.category
    });
    for (const w of warnings) io.stderr.write(`egress-audit: warning: ${w}
`);
    writeOut(values.sarif, serializeSarif(log));
  }
  if (values.json) writeOut(values.json, toJson(result, VERSION));
  if (values.markdown) writeOut(values.markdown, renderScanMarkdown(result));
  if (format === "json") io.stdout.write(toJson(result, VERSION));
  else {
    const color = !values["no-color"] && io.stdout.isTTY === true && !process.env.NO_COLOR;
    io.stdout.write(renderText(result, { color }));
  }
  if (failOn === "none") return 0;
  const failing = result.findings.filter(
    (f) => f.denied || !f.suppressed && !f.allowed && riskRank(f.risk) >= riskRank(failOn)
  );
  return failing.length ? 1 : 0;
}
export {
  SCAN_USAGE,
  runScan
};
