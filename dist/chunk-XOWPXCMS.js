import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_MARKER,
  renderComment,
  runComparison
} from "./chunk-WB2HMKKV.js";
import {
  splitList
} from "./chunk-U5JYULHY.js";
import "./chunk-LKAF2VPF.js";
import {
  OUTPUT_OPTIONS,
  diffHtml,
  gitProvenance,
  repoContext,
  requested,
  serializeGitLabSast,
  stdoutConflict,
  stdoutOutput,
  toCsv,
  toGitLabSast,
  toJson,
  writeOutputs
} from "./chunk-6CBELSGN.js";
import {
  DEFAULT_CONFIG_FILE,
  FAIL_ON_LEVELS,
  evaluateGate,
  formatProblem,
  serializeSarif,
  toSarif
} from "./chunk-QVQJSBF2.js";
import {
  VERSION
} from "./chunk-7RMU2GWJ.js";
import "./chunk-5X5BTGI2.js";
import "./chunk-7BOAENXZ.js";

// src/cli/diff.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var DIFF_USAGE = `Usage: egress-audit diff --base REV|DIR --head REV|DIR [options]

Compares two git revisions (in --repo, default .) or two folders and prints the pull-request comment:
new and removed outbound integrations, suppressions and policy changes. Without --config the policy
(.github/egress-audit.yml and its rule folders) is read from the base side.

Options:
  --base REV|DIR          base revision or folder (required)
  --head REV|DIR          head revision or folder (required)
  --repo DIR              git repository for revisions (default: .)
  --config FILE           config file on disk (default: ${DEFAULT_CONFIG_FILE} from the base side)
  --paths GLOBS           limit to these paths (comma-separated globs or folders)
  --fail-on LEVEL         none|low|medium|high|critical (default: none): exit 1 on a new finding at or above it
  --allow-pr-suppressions honour suppressions that the head side adds
  --no-fail-on-unanalysed a changed Python file that could not be analysed (too large, over the time
                          budget, binary, undecodable) is listed but does not fail (default: it fails)
  --sarif FILE            write SARIF of the head findings in changed files ("-": to stdout)
  --json FILE             write the comparison as JSON ("-": to stdout)
  --markdown FILE         write the Markdown comment ("-": to stdout)
  --gitlab-sast FILE      write a GitLab SAST report of the new findings (schema 15.x; "-": to stdout)
  --html FILE             write a self-contained HTML report of the change ("-": to stdout)
  --csv FILE              write one CSV row per finding in the changed files: new, unchanged, removed ("-": to stdout)
  --format text|json      stdout format (default: text = the Markdown comment)
  -q, --quiet             print nothing but errors and the gate's failure (files are still written)
  -h, --help              this help
`;
async function runDiff(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...OUTPUT_OPTIONS,
        base: { type: "string" },
        head: { type: "string" },
        repo: { type: "string" },
        config: { type: "string" },
        paths: { type: "string" },
        "allow-pr-suppressions": { type: "boolean" },
        "no-fail-on-unanalysed": { type: "boolean" }
      }
    }));
  } catch (err) {
    io.stderr.write(`egress-audit diff: ${err.message}

${DIFF_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(DIFF_USAGE);
    return 0;
  }
  const usage = (msg) => {
    io.stderr.write(`egress-audit diff: ${msg}

${DIFF_USAGE}`);
    return 2;
  };
  if (!values.base || !values.head) return usage("--base and --head are required");
  const failOn = (values["fail-on"] ?? "none").toLowerCase();
  if (!FAIL_ON_LEVELS.includes(failOn)) return usage(`--fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") return usage("--format must be text or json");
  const outputs = requested([
    ["--sarif", values.sarif, () => renders.sarif()],
    ["--json", values.json, () => renders.json()],
    ["--markdown", values.markdown, () => renders.markdown()],
    ["--gitlab-sast", values["gitlab-sast"], () => renders.gitlab()],
    ["--html", values.html, () => renders.html()],
    ["--csv", values.csv, () => renders.csv()]
  ]);
  const conflict = stdoutConflict(outputs);
  if (conflict) return usage(conflict);
  const quiet = values.quiet === true;
  const note = (line) => {
    if (!quiet) io.stderr.write(`${line}
`);
  };
  const repo = resolve(values.repo ?? ".");
  const folders = isDir(values.base) && isDir(values.head);
  const sides = folders ? { kind: "folders", base: resolve(values.base), head: resolve(values.head) } : { kind: "git", repo, base: values.base, head: values.head, useMergeBase: true };
  const config = values.config ? { kind: "file", path: resolve(values.config) } : { kind: "base", path: DEFAULT_CONFIG_FILE };
  const startTime = /* @__PURE__ */ new Date();
  const r = await runComparison({ sides, config, paths: values.paths ? splitList(values.paths) : [] });
  if (!r.ok) {
    io.stderr.write(`egress-audit diff:
${r.problems.map(formatProblem).join("\n")}
`);
    return 2;
  }
  const endTime = /* @__PURE__ */ new Date();
  const out = r.value;
  for (const line of out.log) note(line);
  for (const w of out.config.warnings) note(`warning: ${formatProblem(w)}`);
  const cmp = out.comparison;
  const gate = evaluateGate(cmp, {
    failOn,
    warnOnly: false,
    allowPrSuppressions: values["allow-pr-suppressions"] ?? false,
    scope: "pull-request",
    unanalysed: values["no-fail-on-unanalysed"] ? "warn" : "fail"
  });
  const ctx = await repoContext(folders ? void 0 : repo, out.headSha ?? "HEAD", io.env ?? process.env);
  const markdown = renderComment(cmp, ctx, { marker: DEFAULT_MARKER, gate });
  const provenance = values.sarif && !folders ? await gitProvenance(repo, out.headSha ?? "HEAD") : void 0;
  const renders = {
    markdown: () => markdown,
    json: () => toJson(cmp, VERSION),
    sarif: () => {
      const s = toSarif({
        findings: cmp.headFindings,
        rules: out.rules.rules,
        skipped: cmp.skipped,
        notes: cmp.notes,
        version: VERSION,
        provenance
      });
      for (const w of s.warnings) note(`warning: ${w}`);
      return serializeSarif(s.log);
    },
    gitlab: () => serializeGitLabSast(
      toGitLabSast({
        findings: cmp.newFindings,
        skipped: cmp.skipped,
        notes: cmp.notes,
        version: VERSION,
        startTime,
        endTime
      })
    ),
    html: () => {
      const short = (sha, given) => sha?.slice(0, 12) ?? given;
      const revision = {
        base: short(out.baseSha, values.base),
        head: short(out.headSha, values.head)
      };
      return diffHtml(cmp, gate, revision, folders ? void 0 : ctx);
    },
    csv: () => toCsv(cmp)
  };
  if (!writeOutputs(outputs, io, "egress-audit diff")) return 2;
  if (!stdoutOutput(outputs) && !quiet) io.stdout.write(format === "json" ? renders.json() : markdown);
  if (gate.failed) io.stderr.write(`
${gate.message}
`);
  else if (gate.warning) note(`
warning: ${gate.warning}`);
  return gate.failed ? 1 : 0;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
export {
  DIFF_USAGE,
  runDiff
};
