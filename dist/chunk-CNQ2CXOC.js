import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  toJson
} from "./chunk-EFZQIFSB.js";
import {
  FAIL_ON_LEVELS,
  destinationText,
  escapeMarkdown,
  evaluateScanGate,
  findingStatus,
  formatProblem,
  scanTree,
  serializeSarif,
  serviceAndDestination,
  toSarif
} from "./chunk-QCM6BQGQ.js";
import {
  VERSION
} from "./chunk-MNY5ROTR.js";
import {
  CATEGORY_TITLES,
  RISKS,
  RISK_EMOJI,
  compareByPriority,
  compareFindings,
  countByRisk
} from "./chunk-VIHMPYLN.js";
import "./chunk-7BOAENXZ.js";

// src/cli/scan.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/report/scan-markdown.ts
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
        `| ${RISK_EMOJI[f.risk]} ${f.risk} | ${CATEGORY_TITLES[f.category]} | ${escapeMarkdown(f.service)} | ${escapeMarkdown(destinationText(f.destination))} | ${escapeMarkdown(`${f.file}:${f.startLine}`)} | ${escapeMarkdown(findingStatus(f).join("; "))} |`
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
  const dest = sanitizeTerminal(serviceAndDestination(f));
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

// src/cli/targets.ts
import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function specialKind(st) {
  if (st.isFile() || st.isDirectory() || st.isSymbolicLink()) return void 0;
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  return "not a regular file or folder";
}
function inside(root, abs) {
  const rel = relative(root, abs);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function checkRoot(root, shown) {
  let st;
  try {
    st = lstatSync(resolve(root));
  } catch (e) {
    return { file: shown, key: "--root", message: reason(e) };
  }
  if (st.isSymbolicLink() || st.isDirectory()) return void 0;
  return { file: shown, key: "--root", message: "is not a folder" };
}
function checkTargets(inputs, root, cwd = process.cwd()) {
  const rootAbs = resolve(cwd, root);
  let realRoot = rootAbs;
  try {
    realRoot = realpathSync(rootAbs);
  } catch {
  }
  const out = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (!inside(rootAbs, abs) && !inside(realRoot, abs)) {
      out.push({ file: input, message: `is outside the scan root ${rootAbs} (use --root to scan elsewhere)` });
      continue;
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      out.push({ file: input, message: reason(e) });
      continue;
    }
    const kind = specialKind(st);
    if (kind) out.push({ file: input, message: `is ${kind}, not a regular file or folder: refusing to read it` });
  }
  return out;
}
function reason(e) {
  const code = e.code;
  if (code === "ENOENT") return "does not exist";
  if (code === "ENOTDIR") return "does not exist (a parent is not a folder)";
  if (code === "EACCES") return "cannot be read (permission denied)";
  return `cannot be read: ${code ?? e.message}`;
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
  --fail-on-unanalysed    also exit 1 when a file could not be analysed (too large, over the time
                          budget, binary, undecodable); by default such files are listed with a warning
  --category ID           SARIF automationDetails.id (default: egress-audit/)
  --workers N             worker threads for large scans (default: CPU count, up to 4; 1 = no workers)
  --no-color              no ANSI colours (colours are only used on a terminal anyway)
`;
function writeOut(path, text) {
  mkdirSync(dirname(resolve2(path)), { recursive: true });
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
        "fail-on-unanalysed": { type: "boolean" },
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
  if (!FAIL_ON_LEVELS.includes(failOn)) {
    io.stderr.write(`egress-audit scan: --fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}; got "${failOn}"
`);
    return 2;
  }
  const workers = values.workers !== void 0 ? Number(values.workers) : env.defaultWorkers;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    io.stderr.write(`egress-audit scan: --workers must be an integer from 1 to 64
`);
    return 2;
  }
  const root = resolve2(values.root ?? ".");
  const targetProblems = [checkRoot(root, values.root ?? ".")].filter((p) => p !== void 0);
  if (!targetProblems.length) targetProblems.push(...checkTargets(positionals, root));
  if (targetProblems.length) {
    io.stderr.write(targetProblems.map((p) => `egress-audit scan: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const scan = await scanTree({ root, config: values.config, inputs: positionals.map((p) => resolve2(p)), workers });
  if (!scan.ok) {
    io.stderr.write(scan.problems.map((p) => `egress-audit: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const { config, rules, result } = scan.value;
  for (const w of config.warnings) io.stderr.write(`egress-audit: warning: ${formatProblem(w)}
`);
  if (values.sarif) {
    const { log, warnings } = toSarif({
      findings: result.findings,
      rules: rules.rules,
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
  const gate = evaluateScanGate(result, {
    failOn,
    warnOnly: false,
    allowPrSuppressions: false,
    unanalysed: values["fail-on-unanalysed"] ? "fail" : "warn"
  });
  if (gate.warning) io.stderr.write(`egress-audit: warning: ${gate.warning}
`);
  if (gate.failed) io.stderr.write(`egress-audit: ${gate.message}
`);
  return gate.failed ? 1 : 0;
}
export {
  SCAN_USAGE,
  runScan
};
