import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_MARKER,
  git,
  renderComment,
  runComparison,
  splitList
} from "./chunk-D274VLQJ.js";
import {
  toJson
} from "./chunk-EFZQIFSB.js";
import {
  DEFAULT_CONFIG_FILE,
  FAIL_ON_LEVELS,
  evaluateGate,
  formatProblem,
  serializeSarif,
  toSarif
} from "./chunk-QCM6BQGQ.js";
import {
  VERSION
} from "./chunk-MNY5ROTR.js";
import "./chunk-VIHMPYLN.js";
import "./chunk-7BOAENXZ.js";

// src/cli/diff.ts
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
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
  --sarif FILE            write SARIF of the head findings in changed files
  --json FILE             write the comparison as JSON
  --markdown FILE         write the Markdown comment
  --format text|json      stdout format (default: text = the Markdown comment)
`;
async function runDiff(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: "string" },
        head: { type: "string" },
        repo: { type: "string" },
        config: { type: "string" },
        paths: { type: "string" },
        "fail-on": { type: "string" },
        "allow-pr-suppressions": { type: "boolean" },
        "no-fail-on-unanalysed": { type: "boolean" },
        sarif: { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
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
  const repo = resolve(values.repo ?? ".");
  const folders = isDir(values.base) && isDir(values.head);
  const sides = folders ? { kind: "folders", base: resolve(values.base), head: resolve(values.head) } : { kind: "git", repo, base: values.base, head: values.head, useMergeBase: true };
  const config = values.config ? { kind: "file", path: resolve(values.config) } : { kind: "base", path: DEFAULT_CONFIG_FILE };
  const r = await runComparison({ sides, config, paths: values.paths ? splitList(values.paths) : [] });
  if (!r.ok) {
    io.stderr.write(`egress-audit diff:
${r.problems.map(formatProblem).join("\n")}
`);
    return 2;
  }
  const out = r.value;
  for (const line of out.log) io.stderr.write(`${line}
`);
  for (const w of out.config.warnings) io.stderr.write(`warning: ${formatProblem(w)}
`);
  const cmp = out.comparison;
  const gate = evaluateGate(cmp, {
    failOn,
    warnOnly: false,
    allowPrSuppressions: values["allow-pr-suppressions"] ?? false,
    scope: "pull-request",
    unanalysed: values["no-fail-on-unanalysed"] ? "warn" : "fail"
  });
  const ctx = await repoContext(folders ? void 0 : repo, out.headSha ?? "HEAD");
  const markdown = renderComment(cmp, ctx, {
    marker: DEFAULT_MARKER,
    gate
  });
  const json = toJson(cmp, VERSION);
  try {
    if (values.sarif) {
      const s = toSarif({
        findings: cmp.headFindings,
        rules: out.rules.rules,
        skipped: cmp.skipped,
        notes: cmp.notes,
        version: VERSION
      });
      for (const w of s.warnings) io.stderr.write(`warning: ${w}
`);
      writeOut(values.sarif, serializeSarif(s.log));
    }
    if (values.json) writeOut(values.json, json);
    if (values.markdown) writeOut(values.markdown, markdown);
  } catch (err) {
    io.stderr.write(`egress-audit diff: ${err.message}
`);
    return 2;
  }
  io.stdout.write(format === "json" ? json : markdown);
  if (gate.failed) io.stderr.write(`
${gate.message}
`);
  else if (gate.warning) io.stderr.write(`
warning: ${gate.warning}
`);
  return gate.failed ? 1 : 0;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function writeOut(file, text) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}
async function repoContext(repo, sha) {
  if (process.env.GITHUB_REPOSITORY) {
    return {
      serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com",
      repository: process.env.GITHUB_REPOSITORY,
      sha
    };
  }
  if (repo) {
    const r = await git(repo, ["remote", "get-url", "origin"]);
    const m = /^(?:https:\/\/|git@)(github\.[^/:]+)[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(
      r.stdout.toString("utf8").trim()
    );
    if (r.code === 0 && m) return { serverUrl: `https://${m[1]}`, repository: m[2], sha };
  }
  return { serverUrl: "https://github.com", repository: `local/${basename(repo ?? process.cwd())}`, sha };
}
export {
  DIFF_USAGE,
  runDiff
};
