import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseShard,
  scanTree
} from "./chunk-U5JYULHY.js";
import "./chunk-LKAF2VPF.js";
import {
  outputFlagProblem,
  quietWarn,
  scanOutputs
} from "./chunk-NBWL62Q3.js";
import {
  OUTPUT_OPTIONS,
  gitProvenance,
  scanReportContext
} from "./chunk-6CBELSGN.js";
import {
  formatProblem
} from "./chunk-QVQJSBF2.js";
import "./chunk-7RMU2GWJ.js";
import "./chunk-5X5BTGI2.js";
import "./chunk-7BOAENXZ.js";

// src/cli/scan.ts
import { resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/stdin.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var STDIN_DEFAULT_NAME = "stdin.py";
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}
function stdinName(name, root, cwd = process.cwd()) {
  if (name === void 0 || name === "") return STDIN_DEFAULT_NAME;
  const rel = relative(root, resolve(cwd, name));
  if (!rel || rel.startsWith("..") || isAbsolute(rel))
    return { file: name, key: "--stdin-filename", message: `must name a file inside the scan root ${root}` };
  return rel.split(sep).join("/");
}

// src/cli/targets.ts
import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";
function specialKind(st) {
  if (st.isFile() || st.isDirectory() || st.isSymbolicLink()) return void 0;
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  return "not a regular file or folder";
}
function inside(root, abs) {
  const rel = relative2(root, abs);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function checkRoot(root, shown) {
  let st;
  try {
    st = lstatSync(resolve2(root));
  } catch (e) {
    return { file: shown, key: "--root", message: reason(e) };
  }
  if (st.isSymbolicLink() || st.isDirectory()) return void 0;
  return { file: shown, key: "--root", message: "is not a folder" };
}
function checkTargets(inputs, root, cwd = process.cwd()) {
  const rootAbs = resolve2(cwd, root);
  let realRoot = rootAbs;
  try {
    realRoot = realpathSync(rootAbs);
  } catch {
  }
  const out = [];
  for (const input of inputs) {
    const abs = resolve2(cwd, input);
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
       egress-audit scan - --stdin-filename PATH [options]

Scans Python files and folders (default: .) for outbound integrations and data-egress risks.
In a git repository, files that .gitignore (or .git/info/exclude) ignores are left out.

Options:
  --root DIR              workspace root: paths are reported relative to it and never leave it (default: .)
  --config FILE           config file (default: .github/egress-audit.yml under the root, if present)
  --exclude GLOB          leave out paths matching GLOB (root-relative; a folder excludes what is in it);
                          repeatable, added to the config's exclude
  --no-ignore             also scan files that .gitignore ignores
  --stdin-filename PATH   with "-": the name standard input is reported and matched as (default: stdin.py)
  --sarif FILE            write SARIF 2.1.0 for GitHub code scanning ("-": to stdout)
  --json FILE             write the full findings as JSON ("-": to stdout)
  --markdown FILE         write a Markdown report ("-": to stdout)
  --gitlab-sast FILE      write a GitLab SAST report (schema 15.x, gl-sast-report.json; "-": to stdout)
  --html FILE             write a self-contained HTML report: charts, every site, file verdicts ("-": to stdout)
  --csv FILE              write one CSV row per finding, formulas neutralised ("-": to stdout)
  --format text|json      stdout format (default: text)
  --fail-on LEVEL         none|low|medium|high|critical: exit 1 when an unsuppressed, non-allowlisted
                          finding at or above LEVEL exists (default: none)
  --fail-on-unanalysed    also exit 1 when a file could not be analysed (too large, over the time
                          budget, binary, undecodable); by default such files are listed with a warning
  --category ID           SARIF automationDetails.id (default: egress-audit/)
  --workers N             worker threads for large scans (default: CPU count, up to 4; 1 = no workers)
  --cache DIR             reuse per-file results from earlier scans (keyed by file bytes, imports, engine,
                          rules and policy; created when missing; output is identical with or without it)
  --shard I/N             analyse part I of N (files split by size; names still resolve across the whole
                          project); combine the parts' --json files with \`egress-audit merge\`
  -q, --quiet             print nothing but errors and the gate's failure (files are still written)
  --no-color              no ANSI colours (also NO_COLOR=1 or TERM=dumb; FORCE_COLOR=1 forces them)
  -h, --help              this help
`;
var OPTIONS = {
  ...OUTPUT_OPTIONS,
  root: { type: "string" },
  config: { type: "string" },
  exclude: { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  "stdin-filename": { type: "string" },
  "fail-on-unanalysed": { type: "boolean" },
  category: { type: "string" },
  workers: { type: "string" },
  cache: { type: "string" },
  shard: { type: "string" },
  "no-color": { type: "boolean" }
};
async function runScan(argv, io, env) {
  const processEnv = io.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
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
  const usage = (msg) => {
    io.stderr.write(`egress-audit scan: ${msg}
`);
    return 2;
  };
  const flagProblem = outputFlagProblem(values);
  if (flagProblem) return usage(flagProblem);
  const workers = values.workers !== void 0 ? Number(values.workers) : env.defaultWorkers;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    return usage("--workers must be an integer from 1 to 64");
  const fromStdin = positionals.includes("-");
  if (fromStdin && positionals.length > 1) return usage('"-" (standard input) cannot be combined with other paths');
  if (!fromStdin && values["stdin-filename"] !== void 0) return usage('--stdin-filename needs "-" as the path');
  if (fromStdin && (!io.stdin || io.stdin.isTTY)) return usage('"-" reads standard input, but nothing is piped to it');
  const root = resolve3(values.root ?? ".");
  const targetProblems = [checkRoot(root, values.root ?? ".")].filter((p) => p !== void 0);
  if (!targetProblems.length && !fromStdin) targetProblems.push(...checkTargets(positionals, root));
  const name = fromStdin ? stdinName(values["stdin-filename"], root) : "";
  if (typeof name !== "string") targetProblems.push(name);
  if (targetProblems.length) {
    io.stderr.write(targetProblems.map((p) => `egress-audit scan: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const outputs = scanOutputs(values);
  if (outputs.conflict) return usage(outputs.conflict);
  const shard = values.shard !== void 0 ? parseShard(values.shard) : void 0;
  if (shard && !shard.ok) return usage(shard.problems.map(formatProblem).join("; "));
  const startTime = /* @__PURE__ */ new Date();
  const scan = await scanTree({
    root,
    config: values.config,
    inputs: positionals.map((p) => resolve3(p)),
    workers,
    exclude: values.exclude,
    gitignore: !values["no-ignore"],
    source: fromStdin ? { path: name, content: await readAll(io.stdin) } : void 0,
    cacheDir: values.cache !== void 0 ? resolve3(values.cache) : void 0,
    shard: shard?.value
  });
  if (!scan.ok) {
    io.stderr.write(scan.problems.map((p) => `egress-audit: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  const { config, rules, result, files } = scan.value;
  const warn = quietWarn(values, io);
  for (const w of config.warnings) warn(formatProblem(w));
  for (const line of scan.value.cache ?? []) if (!values.quiet) io.stderr.write(`egress-audit: ${line}
`);
  const provenance = values.sarif ? await gitProvenance(root) : void 0;
  const report = values.html ? await scanReportContext(root, files, processEnv) : void 0;
  return outputs.emit(result, rules.rules, {
    io,
    env: processEnv,
    startTime,
    provenance,
    cmd: "egress-audit scan",
    report
  });
}
export {
  SCAN_USAGE,
  runScan
};
