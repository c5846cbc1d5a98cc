import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  requested,
  scanHtml,
  serializeGitLabSast,
  stdoutConflict,
  stdoutOutput,
  toCsv,
  toGitLabSast,
  toJson,
  writeOutputs
} from "./chunk-6CBELSGN.js";
import {
  FAIL_ON_LEVELS,
  dependencyMark,
  destinationCell,
  destinationText,
  escapeMarkdown,
  evaluateScanGate,
  findingStatus,
  optOutText,
  payloadText,
  serializeSarif,
  serviceAndDestination,
  toSarif,
  triggerText
} from "./chunk-QVQJSBF2.js";
import {
  VERSION
} from "./chunk-7RMU2GWJ.js";
import {
  CATEGORY_TITLES,
  RISKS,
  RISK_EMOJI,
  compareByPriority,
  compareFindings,
  countByRisk
} from "./chunk-5X5BTGI2.js";

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
        `| ${RISK_EMOJI[f.risk]} ${f.risk} | ${CATEGORY_TITLES[f.category]} | ${escapeMarkdown(f.service)} | ${destinationCell(destinationText(f.destination), 300)} | ${escapeMarkdown(`${f.file}:${f.startLine}`)} | ${escapeMarkdown(findingStatus(f).join("; "))} |`
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
  if (f.trigger) marks.push(`[${triggerText(f.trigger)}]`);
  if (f.payload) marks.push(`[code run: ${payloadText(f.payload).slice(0, 160)}]`);
  const mark = dependencyMark(f);
  if (mark) marks.push(`[${mark}]`);
  if (f.dependency?.defaultOn) marks.push(`[opt out: ${optOutText(f.dependency.defaultOn, true)}]`);
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

// src/cli/color.ts
function useColor(stream, env, flags = {}) {
  if (flags.noColor) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

// src/cli/scan-output.ts
function quietWarn(values, io) {
  return (w) => {
    if (!values.quiet) io.stderr.write(`egress-audit: warning: ${w}
`);
  };
}
function outputFlagProblem(values) {
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") return `--format must be text or json, not "${format}"`;
  const failOn = values["fail-on"] ?? "none";
  if (!FAIL_ON_LEVELS.includes(failOn))
    return `--fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}; got "${failOn}"`;
  return void 0;
}
function scanOutputs(values) {
  const state = {};
  const lazy = (k) => () => state.render[k]();
  const outputs = requested([
    ["--sarif", values.sarif, lazy("sarif")],
    ["--json", values.json, lazy("json")],
    ["--markdown", values.markdown, lazy("markdown")],
    ["--gitlab-sast", values["gitlab-sast"], lazy("gitlab")],
    ["--html", values.html, lazy("html")],
    ["--csv", values.csv, lazy("csv")]
  ]);
  return {
    conflict: stdoutConflict(outputs),
    emit(result, rules, ctx) {
      const { io } = ctx;
      const warn = quietWarn(values, io);
      const endTime = /* @__PURE__ */ new Date();
      const gate = evaluateScanGate(result, {
        failOn: values["fail-on"] ?? "none",
        warnOnly: false,
        allowPrSuppressions: false,
        unanalysed: values["fail-on-unanalysed"] ? "fail" : "warn"
      });
      state.render = {
        sarif: () => {
          const { log, warnings } = toSarif({
            findings: result.findings,
            rules: [...rules],
            skipped: result.skipped,
            notes: result.notes,
            version: VERSION,
            automationId: values.category,
            provenance: ctx.provenance
          });
          warnings.forEach(warn);
          return serializeSarif(log);
        },
        json: () => toJson(result, VERSION),
        markdown: () => renderScanMarkdown(result),
        gitlab: () => serializeGitLabSast(
          toGitLabSast({
            findings: result.findings,
            skipped: result.skipped,
            notes: result.notes,
            version: VERSION,
            startTime: ctx.startTime,
            endTime
          })
        ),
        html: () => scanHtml(result, gate, ctx.report ?? { files: [], revision: "unknown" }),
        csv: () => toCsv(result)
      };
      if (!writeOutputs(outputs, io, ctx.cmd)) return 2;
      if (!stdoutOutput(outputs) && !values.quiet) {
        if (values.format === "json") io.stdout.write(toJson(result, VERSION));
        else
          io.stdout.write(renderText(result, { color: useColor(io.stdout, ctx.env, { noColor: values["no-color"] }) }));
      }
      if (gate.warning) warn(gate.warning);
      if (gate.failed) io.stderr.write(`egress-audit: ${gate.message}
`);
      return gate.failed ? 1 : 0;
    }
  };
}

export {
  quietWarn,
  outputFlagProblem,
  scanOutputs
};
