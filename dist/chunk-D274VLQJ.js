import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_CONFIG_FILE,
  codeText,
  compareScans,
  decideGate,
  destinationText,
  diffFolders,
  escapeMarkdown,
  fail,
  failReasonText,
  findingStatus,
  folderSnapshot,
  fullScanComparison,
  gateCounts,
  gateHeadlineParts,
  joinAnd,
  loadPolicy,
  normalizeRel,
  ok,
  permalink,
  policyChanges,
  scanSources,
  scanTree,
  shortRevision,
  trimTrailingSlashes,
  unanalysedAdvice,
  unmatchedGlobsIn
} from "./chunk-QCM6BQGQ.js";
import {
  CATEGORIES,
  CATEGORY_TITLES,
  ModuleMap,
  RISK_EMOJI,
  compareFindings,
  compareIntegrations,
  countByRisk,
  decodeSource,
  importedPaths,
  listedExists,
  packageRoots,
  require_picomatch
} from "./chunk-VIHMPYLN.js";
import {
  __toESM
} from "./chunk-7BOAENXZ.js";

// src/diff/filter.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var PY = /\.pyw?$/i;
var GLOB_CHARS = /[*?[\]{}!]/;
function pathFilter(config, extra = []) {
  const opts = { dot: true };
  const include = config.paths.length ? (0, import_picomatch.default)(config.paths, opts) : () => true;
  const exclude = config.exclude.length ? (0, import_picomatch.default)(config.exclude, opts) : () => false;
  const scoped = extra.map((e) => trimTrailingSlashes(e.trim().replace(/^(\.\/)+/, ""))).filter((e) => e && e !== ".");
  const globs = scoped.filter((e) => GLOB_CHARS.test(e));
  const literals = scoped.filter((e) => !GLOB_CHARS.test(e));
  const globMatch = globs.length ? (0, import_picomatch.default)(globs, opts) : () => false;
  const inScope = scoped.length ? (p) => globMatch(p) || literals.some((l) => p === l || p.startsWith(`${l}/`)) : () => true;
  return (path) => PY.test(path) && include(path) && !exclude(path) && inScope(path);
}
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

// src/diff/exec.ts
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
var SAFE_CONFIG = ["-c", "core.quotepath=off", "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"];
function gitEnv(literal = true) {
  return {
    ...process.env,
    GIT_LITERAL_PATHSPECS: literal ? "1" : "0",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
function startFailure(cwd, message) {
  if (!existsSync(cwd)) return `folder ${cwd} does not exist`;
  if (/ENOENT/.test(message)) return `cannot run git (is it installed and on PATH?): ${message}`;
  return message;
}
function git(cwd, args, opts = {}) {
  const argv = [...SAFE_CONFIG, ...args];
  if (opts.input !== void 0) return gitWithInput(cwd, argv, opts);
  return new Promise((resolve) => {
    execFile(
      "git",
      argv,
      {
        cwd,
        env: gitEnv(opts.literalPathspecs !== false),
        encoding: "buffer",
        maxBuffer: 1 << 30,
        timeout: opts.timeoutMs ?? 12e4,
        windowsHide: true
      },
      (err, stdout, stderr) => {
        const code = err ? typeof err.code === "number" ? err.code : -1 : 0;
        const errText = stderr.toString("utf8") || (err && code === -1 ? startFailure(cwd, err.message) : "");
        resolve({ code, stdout, stderr: errText.trim() });
      }
    );
  });
}
function gitWithInput(cwd, argv, opts) {
  return new Promise((resolve) => {
    const child = spawn("git", argv, {
      cwd,
      env: gitEnv(opts.literalPathspecs !== false),
      windowsHide: true,
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    let done = false;
    const finish = (r) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(() => {
      child.kill();
      finish({ code: -1, stdout: Buffer.concat(out), stderr: "git timed out" });
    }, opts.timeoutMs ?? 12e4);
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => finish({ code: -1, stdout: Buffer.alloc(0), stderr: startFailure(cwd, e.message) }));
    child.on(
      "close",
      (code) => finish({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() })
    );
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input);
  });
}
function splitNul(buf) {
  const parts = buf.toString("utf8").split("\0");
  if (parts.length && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

// src/diff/revs.ts
import { statSync } from "node:fs";
var FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
function isFullSha(rev) {
  return FULL_SHA.test(rev);
}
async function resolveCommit(repo, rev) {
  if (!rev || rev.startsWith("-") || /[\0\n]/.test(rev)) {
    return fail({ file: repo, message: `invalid revision ${JSON.stringify(rev)}` });
  }
  const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  if (r.code !== 0) return fail({ file: repo, message: `revision ${rev} is not a commit in this repository` });
  return ok(r.stdout.toString("utf8").trim());
}
async function checkRepository(dir) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return { file: dir, message: "folder does not exist" };
  }
  if (!st.isDirectory()) return { file: dir, message: "is not a folder" };
  const r = await git(dir, ["rev-parse", "--git-dir"]);
  if (r.code !== 0)
    return { file: dir, message: `not a git repository: ${firstLine(r.stderr) || "git rev-parse failed"}` };
  return void 0;
}
async function isShallow(repo) {
  const r = await git(repo, ["rev-parse", "--is-shallow-repository"]);
  return r.code === 0 && r.stdout.toString("utf8").trim() === "true";
}
async function ensureCommit(repo, rev, remote = "origin") {
  const local = await resolveCommit(repo, rev);
  if (local.ok) return ok({ sha: local.value });
  if (!isFullSha(rev)) return local;
  const shallow = await isShallow(repo);
  const f = await git(repo, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "--", remote, rev], {
    timeoutMs: 3e5
  });
  if (f.code !== 0) {
    return fail({
      file: repo,
      message: `commit ${rev} is not in the checkout and \`git fetch --depth=1 ${remote} ${rev}\` failed (was it force-pushed away?): ${firstLine(f.stderr)}`
    });
  }
  const again = await resolveCommit(repo, rev);
  if (!again.ok) return again;
  const why = shallow ? "shallow clone" : "not in the checkout";
  return ok({ sha: again.value, fetched: `Fetched ${rev.slice(0, 12)} from ${remote} (${why}).` });
}
async function fetchBranch(repo, branch, remote = "origin") {
  if (!branch || branch.startsWith("-") || /[\0\n\s~^:?*[\\]/.test(branch)) {
    return fail({ file: repo, message: `invalid branch name ${JSON.stringify(branch)}` });
  }
  const f = await git(repo, [
    "fetch",
    "--no-tags",
    "--no-recurse-submodules",
    "--depth=1",
    "--",
    remote,
    `refs/heads/${branch}`
  ]);
  if (f.code !== 0)
    return fail({ file: repo, message: `git fetch ${remote} ${branch} failed: ${firstLine(f.stderr)}` });
  return resolveCommit(repo, "FETCH_HEAD");
}
async function repoRoot(dir) {
  const r = await git(dir, ["rev-parse", "--show-toplevel", "--show-prefix"]);
  if (r.code !== 0) return fail({ file: dir, message: `not a git repository: ${firstLine(r.stderr)}` });
  const [root = dir, prefix = ""] = r.stdout.toString("utf8").split("\n");
  return ok({ root, prefix: trimTrailingSlashes(prefix) });
}
async function mergeBase(repo, a, b) {
  const r = await git(repo, ["merge-base", "--end-of-options", a, b]);
  if (r.code !== 0) return void 0;
  return r.stdout.toString("utf8").trim() || void 0;
}
function firstLine(s) {
  return s.split("\n").find((l) => l.trim())?.trim() ?? "";
}

// src/diff/blobs.ts
async function listTree(repo, rev, paths, withSize = true) {
  const map = /* @__PURE__ */ new Map();
  const base = ["ls-tree", "-r", "-z", "--full-tree", ...withSize ? ["-l"] : [], "--end-of-options", rev];
  const batches = [];
  if (!paths) batches.push([]);
  else for (let i = 0; i < paths.length; i += 500) batches.push(["--", ...paths.slice(i, i + 500)]);
  for (const batch of batches) {
    const r = await git(repo, [...base, ...batch]);
    if (r.code !== 0) return fail({ file: repo, message: `git ls-tree ${rev} failed: ${firstLine(r.stderr)}` });
    parseTree(r.stdout, map);
  }
  return ok(map);
}
function parseTree(stdout, map) {
  for (const rec of stdout.toString("utf8").split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", type = "", oid = "", size = "-"] = rec.slice(0, tab).split(/ +/);
    const path = rec.slice(tab + 1);
    map.set(path, { mode, type, oid, size: size === "-" ? 0 : Number(size), path });
  }
}
async function readBlobs(repo, oids) {
  const out = /* @__PURE__ */ new Map();
  if (!oids.length) return ok(out);
  const unique = [...new Set(oids)];
  const r = await git(repo, ["cat-file", "--batch"], { input: unique.join("\n") + "\n" });
  if (r.code !== 0) return fail({ file: repo, message: `git cat-file failed: ${firstLine(r.stderr)}` });
  const buf = r.stdout;
  let pos = 0;
  for (const oid of unique) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString("utf8");
    pos = nl + 1;
    const m = /^(\S+) (\S+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[3]);
    out.set(oid, Buffer.from(buf.subarray(pos, pos + size)));
    pos += size + 1;
  }
  return ok(out);
}
function gitSnapshot(repo, sha) {
  let names;
  return {
    label: sha,
    async list() {
      names ??= listTree(repo, sha, void 0, false);
      const t = await names;
      return t.ok ? ok([...t.value.keys()]) : t;
    },
    async importers(names2) {
      if (!/^[0-9a-f]{40,64}$/i.test(sha)) return fail({ file: repo, message: `not a commit id: ${sha}` });
      const words = names2.filter((n) => /^[A-Za-z_]\w*$/.test(n));
      if (!words.length) return ok([]);
      const r = await git(
        repo,
        // `sha` is a resolved full commit id (hex), so it cannot be read as an option.
        ["grep", "-l", "-I", "-F", "-w", ...words.flatMap((w) => ["-e", w]), sha, "--", ":(glob)**/*.py"],
        { literalPathspecs: false }
      );
      if (r.code === 1) return ok([]);
      if (r.code !== 0) return fail({ file: repo, message: `git grep failed: ${firstLine(r.stderr)}` });
      const prefix = `${sha}:`;
      return ok(
        r.stdout.toString("utf8").split("\n").filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length))
      );
    },
    async read(paths, maxBytes) {
      const t = paths.length ? await listTree(repo, sha, paths) : ok(/* @__PURE__ */ new Map());
      if (!t.ok)
        return { files: [], skipped: paths.map((file) => ({ file, reason: t.problems[0]?.message ?? "unreadable" })) };
      const skipped = [];
      const wanted = [];
      for (const p of paths) {
        const e = t.value.get(p);
        if (!e) continue;
        if (e.mode === "120000") skipped.push({ file: p, reason: `symbolic link at ${short(sha)} (not followed)` });
        else if (e.mode === "160000" || e.type === "commit")
          skipped.push({ file: p, reason: `submodule at ${short(sha)} (not scanned)` });
        else if (e.type !== "blob") skipped.push({ file: p, reason: `not a regular file at ${short(sha)}` });
        else if (e.size > maxBytes)
          skipped.push({ file: p, reason: `${e.size} bytes exceeds max-file-size ${maxBytes}` });
        else wanted.push(e);
      }
      const blobs = await readBlobs(
        repo,
        wanted.map((e) => e.oid)
      );
      const files = [];
      for (const e of wanted) {
        const content = blobs.ok ? blobs.value.get(e.oid) : void 0;
        if (content) files.push({ path: e.path, content });
        else
          skipped.push({
            file: e.path,
            reason: blobs.ok ? `blob ${e.oid} missing` : blobs.problems[0]?.message ?? "unreadable"
          });
      }
      return { files, skipped };
    }
  };
}
function short(sha) {
  return /^[0-9a-f]{40}/i.test(sha) ? sha.slice(0, 12) : sha;
}

// src/diff/changes.ts
var STATUS = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "type-changed"
};
var PYTHON_PATHSPECS = [":(glob,icase)**/*.py", ":(glob,icase)**/*.pyw"];
var PYTHON = /\.pyw?$/i;
async function listChanges(repo, base, head) {
  const diff = (renames, pathspecs) => git(
    repo,
    [
      "diff",
      "--no-ext-diff",
      "--no-textconv",
      "--name-status",
      "-z",
      renames ? "-M" : "--no-renames",
      "--end-of-options",
      base,
      head,
      "--",
      ...pathspecs
    ],
    // The pathspecs are constants with explicit magic; nothing from the repository is a pathspec here.
    { literalPathspecs: pathspecs.length === 0 }
  );
  const [all, python] = await Promise.all([diff(false, []), diff(true, PYTHON_PATHSPECS)]);
  for (const r of [all, python])
    if (r.code !== 0) return fail({ file: repo, message: `git diff ${base} ${head} failed: ${firstLine(r.stderr)}` });
  const out = parseNameStatus(splitNul(all.stdout)).filter((c) => !PYTHON.test(c.path));
  out.push(...parseNameStatus(splitNul(python.stdout)));
  return ok(out.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
function parseNameStatus(fields) {
  const out = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? "";
    const status = STATUS[code[0] ?? ""];
    if (code[0] === "R" || code[0] === "C") {
      const oldPath = fields[i++] ?? "";
      const path = fields[i++] ?? "";
      out.push({ status: status ?? "modified", path, oldPath });
    } else {
      const path = fields[i++] ?? "";
      out.push({ status: status ?? "modified", path });
    }
  }
  return out;
}

// src/diff/git.ts
async function diffRevisions(repo, baseRev, headRev, opts = {}) {
  const log = [];
  const notRepo = await checkRepository(repo);
  if (notRepo) return fail(notRepo);
  const head = await ensureCommit(repo, headRev, opts.remote);
  if (!head.ok) return fail(...head.problems);
  const base = await ensureCommit(repo, baseRev, opts.remote);
  if (!base.ok) return fail(...base.problems);
  for (const c of [head.value, base.value]) if (c.fetched) log.push(c.fetched);
  let fromSha = base.value.sha;
  if (opts.useMergeBase) {
    const mb = await mergeBase(repo, base.value.sha, head.value.sha);
    if (mb) fromSha = mb;
    else
      log.push(
        "Merge base not in the checkout (shallow clone): comparing with the base commit directly, so files changed on the base branch since the branch point also appear. Use fetch-depth: 0 for an exact comparison."
      );
  }
  const changes = await listChanges(repo, fromSha, head.value.sha);
  if (!changes.ok) return fail(...changes.problems);
  return ok({
    baseSha: base.value.sha,
    headSha: head.value.sha,
    fromSha,
    changes: changes.value,
    base: gitSnapshot(repo, fromSha),
    head: gitSnapshot(repo, head.value.sha),
    log
  });
}

// src/pipeline/dependents.ts
var MAX_LEVELS = 3;
var MAX_DEPENDENTS = 200;
var MAX_CANDIDATES = 2e3;
async function dependentsOf(snapshot, changed, maxBytes, exclude) {
  const py = changed.filter((p) => /\.pyw?$/i.test(p));
  if (!py.length) return { paths: [] };
  if (!snapshot.importers) return { paths: [], incomplete: `${snapshot.label} cannot be searched for importers` };
  const listed = await snapshot.list();
  if (!listed.ok) return { paths: [], incomplete: listed.problems[0]?.message };
  const map = new ModuleMap({ exists: listedExists(listed.value), read: () => void 0 });
  const known = new Set(changed);
  let incomplete;
  const found = [];
  let frontier = py;
  for (let level = 0; level < MAX_LEVELS && frontier.length; level++) {
    const targets = new Set(frontier);
    const names = /* @__PURE__ */ new Set();
    for (const p of frontier) {
      const name = map.nameOf(p);
      if (name) names.add(name.slice(name.lastIndexOf(".") + 1));
    }
    const candidates = await snapshot.importers([...names]);
    if (!candidates.ok) return { paths: found, incomplete: candidates.problems[0]?.message };
    const all = candidates.value.filter((p) => !known.has(p) && !exclude(p));
    const fresh = all.slice(0, MAX_CANDIDATES);
    if (all.length > fresh.length) incomplete = `more than ${MAX_CANDIDATES} files mention the changed modules`;
    const texts = await snapshot.read(fresh, maxBytes);
    const next = [];
    for (const f of texts.files) {
      const d = decodeSource(f.content);
      if (d.skip || d.text === void 0) continue;
      if (!importedPaths(d.text, f.path, map).some((t) => targets.has(t))) continue;
      known.add(f.path);
      found.push(f.path);
      next.push(f.path);
      if (found.length >= MAX_DEPENDENTS)
        return { paths: found.sort(), incomplete: `more than ${MAX_DEPENDENTS} files import the changed modules` };
    }
    frontier = next;
  }
  return incomplete ? { paths: found.sort(), incomplete } : { paths: found.sort() };
}

// src/pipeline/snapshot-project.ts
var MAX_MODULES = 800;
var MAX_LEVELS2 = 8;
async function snapshotProjectFiles(snapshot, seeds, maxBytes) {
  const listed = await snapshot.list();
  const paths = listed.ok ? listed.value : seeds.map((s) => s.path);
  const exists = listedExists(paths);
  const texts = /* @__PURE__ */ new Map();
  for (const s of seeds) texts.set(s.path, decode(s.content));
  const files = { exists, read: (p) => texts.get(p), roots: packageRoots(paths, exists) };
  const map = new ModuleMap(files);
  let frontier = seeds.map((s) => s.path);
  for (let level = 0; level < MAX_LEVELS2 && frontier.length && texts.size < MAX_MODULES; level++) {
    const wanted = /* @__PURE__ */ new Set();
    for (const from of frontier) {
      const text = texts.get(from);
      if (!text) continue;
      for (const target of importedPaths(text, from, map)) if (!texts.has(target)) wanted.add(target);
    }
    const batch = [...wanted].slice(0, MAX_MODULES - texts.size);
    const got = await snapshot.read(batch, maxBytes);
    for (const p of batch) texts.set(p, void 0);
    for (const f of got.files) texts.set(f.path, decode(f.content));
    frontier = batch;
  }
  return files;
}
function decode(content) {
  const d = decodeSource(content);
  return d.skip ? void 0 : d.text;
}

// src/pipeline/read-sides.ts
async function readSides(head, base, paths, maxBytes, inScope) {
  const changed = /* @__PURE__ */ new Set([...paths.head, ...paths.base]);
  const skip = (p) => changed.has(p) || !inScope(p);
  const [depHead, depBase] = await Promise.all([
    dependentsOf(head, paths.head, maxBytes, skip),
    dependentsOf(base, paths.base, maxBytes, skip)
  ]);
  const dependents = [.../* @__PURE__ */ new Set([...depHead.paths, ...depBase.paths])].sort();
  const log = [];
  if (dependents.length)
    log.push(
      `Index: also analysed ${dependents.length} unchanged file(s) that import a changed module: ${dependents.slice(0, 10).join(", ")}${dependents.length > 10 ? ", \u2026" : ""}.`
    );
  for (const why of [depHead.incomplete, depBase.incomplete])
    if (why) log.push(`Index: importers not all found (${why}).`);
  const [headFiles, baseFiles] = await Promise.all([
    head.read([...paths.head, ...dependents], maxBytes),
    base.read([...paths.base, ...dependents], maxBytes)
  ]);
  const [headProject, baseProject] = await Promise.all([
    snapshotProjectFiles(head, headFiles.files, maxBytes),
    snapshotProjectFiles(base, baseFiles.files, maxBytes)
  ]);
  return {
    head: { files: headFiles, project: headProject },
    base: { files: baseFiles, project: baseProject },
    dependents,
    log
  };
}

// src/pipeline/run.ts
async function runComparison(opts) {
  const log = [];
  let changes;
  let base;
  let head;
  let baseSha;
  let headSha;
  let policySide;
  if (opts.sides.kind === "git") {
    const d = await diffRevisions(opts.sides.repo, opts.sides.base, opts.sides.head, {
      useMergeBase: opts.sides.useMergeBase
    });
    if (!d.ok) return fail(...d.problems);
    ({ changes, base, head, baseSha, headSha } = d.value);
    log.push(...d.value.log);
    policySide = gitSnapshot(opts.sides.repo, d.value.baseSha);
  } else if (opts.sides.kind === "snapshots") {
    ({ changes, base, head, baseSha, headSha } = opts.sides);
    policySide = base;
  } else {
    policySide = folderSnapshot(opts.sides.base);
    changes = [];
    base = policySide;
    head = folderSnapshot(opts.sides.head);
  }
  const policy = await loadPolicy(
    opts.config,
    policySide,
    opts.sides.kind === "folders" ? process.cwd() : opts.sides.repo
  );
  if (!policy.ok) return fail(...policy.problems);
  const { config, rules } = policy.value;
  if (opts.maxFileBytes) config.maxFileBytes = opts.maxFileBytes;
  log.push(...policy.value.log);
  const inScope = pathFilter(config, opts.paths);
  if (opts.sides.kind === "folders") {
    const d = await diffFolders(
      opts.sides.base,
      opts.sides.head,
      (p) => inScope(p) || isPolicyPath(p, opts.config, config)
    );
    ({ changes, base, head } = d);
  }
  config.warnings.push(...await unmatchedGlobsIn(config, () => head.list(), `at head ${shortRevision(head.label)}`));
  const scoped = changes.filter((c) => inScope(c.path) || c.oldPath !== void 0 && inScope(c.oldPath));
  const maxBytes = config.maxFileBytes;
  const headPaths = scoped.filter((c) => c.status !== "deleted").map((c) => c.path);
  const basePaths = scoped.filter((c) => c.status !== "added").map((c) => c.oldPath ?? c.path);
  const read = await readSides(head, base, { head: headPaths, base: basePaths }, maxBytes, inScope);
  log.push(...read.log);
  const headFiles = read.head.files;
  const baseFiles = read.base.files;
  const [headScan, baseScan] = await Promise.all([
    scanSources(headFiles.files, { config, rules, project: read.head.project }),
    scanSources(baseFiles.files, { config, rules, project: read.base.project })
  ]);
  headScan.skipped.push(...headFiles.skipped);
  baseScan.skipped.push(...baseFiles.skipped);
  const configPath = opts.config.kind === "base" ? opts.config.path : "";
  const comparison = compareScans(baseScan, headScan, {
    files: scoped,
    policyChanges: policyChanges(changes, { configFile: configPath || DEFAULT_CONFIG_FILE, ruleFolders: config.rules })
  });
  if (opts.sides.kind === "snapshots") comparison.notes.push(...opts.sides.notes ?? []);
  return ok({ comparison, config, rules, headScan, baseSha, headSha, log });
}
function isPolicyPath(p, src, config) {
  const cfg = normalizeRel(src.kind === "base" ? src.path : DEFAULT_CONFIG_FILE);
  return p === cfg || config.rules.some((f) => p.startsWith(`${normalizeRel(f)}/`));
}
async function runFullScan(root, src, paths = [], maxFileBytes) {
  const path = normalizeRel(src.path) === DEFAULT_CONFIG_FILE ? void 0 : src.path;
  const tree = await scanTree({ root, config: path, inputs: paths, maxFileBytes, log: [`Policy: ${src.path}`] });
  if (!tree.ok) return fail(...tree.problems);
  const { config, rules, result: headScan, log } = tree.value;
  const comparison = fullScanComparison(headScan);
  return ok({ comparison, config, rules, headScan, log });
}

// src/report/marker.ts
var DEFAULT_MARKER = "<!-- egress-audit:pr-comment -->";

// src/report/comment-cells.ts
var MAX_SITE_LINKS = 3;
var riskCell = (r) => `${RISK_EMOJI[r]} ${r}`;
var dash = (s) => s === "" ? "\u2014" : s;
var esc = (s, max) => dash(escapeMarkdown(s, max));
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function table(headers, rows, limit) {
  const shown = limit === void 0 ? rows : rows.slice(0, limit);
  const out = [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`];
  for (const r of shown) out.push(`| ${r.join(" | ")} |`);
  if (shown.length < rows.length) out.push("", `\u2026and ${rows.length - shown.length} more.`);
  return out;
}
function list(items, limit) {
  const shown = limit === void 0 ? items : items.slice(0, limit);
  const out = shown.map((i) => `- ${i}`);
  if (shown.length < items.length) out.push(`- \u2026and ${items.length - shown.length} more`);
  return out;
}
function siteLink(ctx, file, line) {
  return `[${escapeMarkdown(`${file}:${line}`, 200)}](${permalink(ctx, file, line)})`;
}
function sitesCell(ctx, sites) {
  const links = sites.slice(0, MAX_SITE_LINKS).map((s) => siteLink(ctx, s.file, s.line));
  if (sites.length > MAX_SITE_LINKS) links.push(`+${sites.length - MAX_SITE_LINKS} more`);
  return dash(links.join("<br>"));
}
var codeList = (xs) => dash(xs.map((x) => codeText(x, 100)).join(", "));
var textList = (xs) => dash(xs.map((x) => escapeMarkdown(x, 100)).join(", "));

// src/report/gate-headline.ts
function verdict(cmp) {
  const n = cmp.newIntegrations.length;
  if (n === 0) return "\u2705 No new outbound integrations.";
  return `\u26A0\uFE0F ${verdictText(cmp)}`;
}
function verdictText(cmp) {
  const n = cmp.newIntegrations.length;
  if (n === 0) return "No new outbound integrations.";
  const counts = countByRisk(cmp.newIntegrations.map((i) => i.risk));
  const severe = ["critical", "high"].filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  return `New outbound integrations: ${n}${severe.length ? ` (${severe.join(", ")})` : ""}`;
}
function headline(cmp, gate) {
  if (gate.wouldFail) {
    const counts = gateCounts(gate);
    const total = counts.newIntegration + counts.callSite + counts.unanalysed;
    const what = joinAnd(gateHeadlineParts(counts));
    return gate.failed ? `\u274C ${what} ${total === 1 ? "fails" : "fail"} the gate` : `\u26A0\uFE0F ${what} would fail the gate (warn-only)`;
  }
  if (gate.unanalysed.length) return `\u26A0\uFE0F ${plural(gate.unanalysed.length, "file")} could not be analysed`;
  return verdict(cmp);
}
function gateLines(gate) {
  const failOn = codeText(`fail-on: ${gate.failOn}`, 40);
  if (!gate.wouldFail) return [`Merge gate passed (${failOn}).`];
  const n = gate.failing.length;
  const u = gate.unanalysedFails ? gate.unanalysed.length : 0;
  const what = [
    ...n ? [`${plural(n, "new finding")} at or above the threshold or denied by policy`] : [],
    ...u ? [`${plural(u, "changed file")} not analysed`] : []
  ].join("; ");
  const title = gate.failed ? "\u274C **Merge gate failed**" : "\u26A0\uFE0F **Merge gate would fail** (warn-only)";
  const out = [`${title} (${failOn})${what ? `: ${what}` : ""}.`];
  if (n) {
    const suppression = gate.allowPrSuppressions ? "or add a `# egress: allow[RULE-ID] reason` comment on the line." : "or add a `# egress: allow[RULE-ID] reason` comment on the line (a suppression added by this PR is listed for review and takes effect once merged).";
    out.push(
      "",
      "To resolve: remove the call, approve the integration with an `allow` entry in the base branch config, " + suppression
    );
  }
  return out;
}

// src/report/gate-sections.ts
function failureRows(ctx, fs) {
  return fs.map((f) => [
    riskCell(f.finding.risk),
    siteLink(ctx, f.finding.file, f.finding.startLine),
    esc(f.finding.service, 100),
    esc(destinationText(f.finding.destination), 200),
    esc(failReasonText(f.finding, f.reason), 120)
  ]);
}
function failingSection(gate, ctx, limit) {
  if (!gate.failures.length) return [];
  const headers = ["Risk", "Where", "Service", "Destination", "Why it fails"];
  const out = [];
  const fresh = gate.failures.filter((f) => !f.existingIntegration);
  const sites = gate.failures.filter((f) => f.existingIntegration);
  const mark = gate.failed ? "\u274C" : "\u26A0\uFE0F";
  if (fresh.length)
    out.push(
      `### ${mark} Findings of new integrations that fail the gate (${fresh.length})`,
      "",
      ...table(headers, failureRows(ctx, fresh), limit),
      ""
    );
  if (sites.length)
    out.push(
      `### ${mark} New call sites of existing integrations (${sites.length})`,
      "",
      "These integrations already exist at base; the pull request adds calls to them.",
      "",
      ...table(headers, failureRows(ctx, sites), limit),
      ""
    );
  return out;
}
function unanalysedSection(gate, limit) {
  if (!gate.unanalysed.length) return [];
  const how = gate.unanalysedFails ? gate.failed ? "They fail the gate: a file that was not analysed cannot pass unseen." : "They would fail the gate (warn-only)." : "They are listed, not failing; treat them as unscanned.";
  const items = gate.unanalysed.map(
    (s) => `${codeText(s.file, 200)}: ${escapeMarkdown(s.reason, 200)} \u2014 ${escapeMarkdown(unanalysedAdvice(s), 300)}`
  );
  return [
    `### \u26A0\uFE0F Files that could not be analysed (${gate.unanalysed.length})`,
    "",
    how,
    "",
    ...list(items, limit),
    ""
  ];
}

// src/report/inventory-sections.ts
var byRiskThenName = compareIntegrations;
var indexKey = (service, category, file) => `${service}\0${category}\0${file}`;
function indexFindings(findings) {
  const index = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = indexKey(f.service, f.category, f.file);
    const list2 = index.get(k);
    if (list2) list2.push(f);
    else index.set(k, [f]);
  }
  return index;
}
function findingsOf(i, index) {
  const files = new Set(i.sites.map((s) => s.file));
  return [...files].flatMap((file) => index.get(indexKey(i.service, i.category, file)) ?? []);
}
function approvalNote(i, index) {
  const fs = findingsOf(i, index);
  if (fs.length === 0) return "";
  const denied = fs.find((f) => f.denied);
  if (denied) return `<br>\u26D4 denied by ${escapeMarkdown(denied.denied.by, 80)}`;
  if (fs.every((f) => f.allowed)) return `<br>\u2705 approved by ${escapeMarkdown(fs[0].allowed.by, 80)}`;
  if (fs.every((f) => f.suppressed)) return "<br>suppressed in code";
  return "";
}
function newIntegrationSection(cmp, ctx, limit) {
  if (cmp.newIntegrations.length === 0) return [];
  const out = ["### New outbound integrations", ""];
  const index = indexFindings(cmp.newFindings);
  for (const cat of CATEGORIES) {
    const items = cmp.newIntegrations.filter((i) => i.category === cat).sort(byRiskThenName);
    if (items.length === 0) continue;
    out.push(`#### ${CATEGORY_TITLES[cat]}`, "");
    const rows = items.map((i) => [
      riskCell(i.risk) + approvalNote(i, index),
      esc(i.service, 100),
      esc(i.destination, 200),
      sitesCell(ctx, i.sites),
      codeList(i.credentials),
      textList(i.dataSources)
    ]);
    out.push(...table(["Risk", "Service", "Destination", "Where", "Credentials needed", "Data sent"], rows, limit), "");
  }
  return out;
}
function removedSection(cmp, limit) {
  if (cmp.removedIntegrations.length === 0) return [];
  const rows = [...cmp.removedIntegrations].sort(byRiskThenName).map((i) => [riskCell(i.risk), esc(i.service, 100), CATEGORY_TITLES[i.category], esc(i.destination, 200)]);
  return ["### Removed integrations", "", ...table(["Risk", "Service", "Category", "Destination"], rows, limit), ""];
}
function changedSection(cmp, limit) {
  if (cmp.changedDestinations.length === 0) return [];
  const rows = cmp.changedDestinations.map((c) => [
    esc(c.service, 100),
    CATEGORY_TITLES[c.category],
    textList(c.from),
    textList(c.to)
  ]);
  return ["### Changed destinations", "", ...table(["Service", "Category", "From", "To"], rows, limit), ""];
}
function suppressionSection(cmp, ctx, limit) {
  if (cmp.addedSuppressions.length === 0) return [];
  const rows = [...cmp.addedSuppressions].sort(compareFindings).map((f) => [
    siteLink(ctx, f.file, f.startLine),
    esc(f.service, 100),
    riskCell(f.risk),
    esc(f.suppressed?.justification ?? "", 200)
  ]);
  return [
    "### Suppressions added in this PR",
    "",
    ...table(["Where", "Service", "Risk", "Justification"], rows, limit),
    ""
  ];
}
function policySection(cmp, limit) {
  if (cmp.policyChanges.length === 0) return [];
  return [
    "### Policy changes in this PR",
    "",
    "Policy (config, rules, allowlist) was read from the base revision; these changes take effect after merge:",
    "",
    ...list(
      [...cmp.policyChanges].sort().map((p) => codeText(p, 200)),
      limit
    ),
    ""
  ];
}
function skippedSection(cmp, gate, limit) {
  if (gate.skippedByDesign.length === 0 && cmp.notes.length === 0) return [];
  const items = [
    ...gate.skippedByDesign.map((s) => `${codeText(s.file, 200)}: skipped, ${escapeMarkdown(s.reason, 200)}`),
    ...cmp.notes.map((n) => `${codeText(n.file, 200)}: ${escapeMarkdown(n.message, 200)}`)
  ];
  return ["### Skipped files and notes", "", ...list(items, limit), ""];
}
function detailsSection(cmp, ctx) {
  if (cmp.headFindings.length === 0) return [];
  const isNew = new Set(cmp.newFindings);
  const rows = [...cmp.headFindings].sort(compareFindings).map((f) => [
    riskCell(f.risk),
    siteLink(ctx, f.file, f.startLine),
    esc(f.service, 100),
    esc(destinationText(f.destination), 200),
    f.callee ? codeText(f.callee, 120) : "\u2014",
    dash([...isNew.has(f) ? ["**new**"] : [], ...findingStatus(f).map((s) => escapeMarkdown(s, 120))].join(", "))
  ]);
  return [
    "<details>",
    `<summary>All findings in changed files (${cmp.headFindings.length})</summary>`,
    "",
    ...table(["Risk", "Where", "Service", "Destination", "Call", "Status"], rows),
    "",
    "</details>",
    ""
  ];
}

// src/report/comment.ts
var COMMENT_MAX_CHARS = 65536;
var SUMMARY_MAX_CHARS = 1024 * 1024;
var COMPACT_ROWS = 25;
var COUNTS_FAILING_ROWS = 10;
function countsSection(cmp, ctx, isSummary) {
  const counts = [
    `new integrations: ${cmp.newIntegrations.length}`,
    `removed: ${cmp.removedIntegrations.length}`,
    `changed destinations: ${cmp.changedDestinations.length}`,
    `new findings: ${cmp.newFindings.length}`,
    `suppressions added: ${cmp.addedSuppressions.length}`,
    `policy changes: ${cmp.policyChanges.length}`,
    `skipped files: ${cmp.skipped.length}`
  ];
  const where = isSummary ? "See the SARIF results in code scanning for every finding." : ctx.runUrl ? `See the [job summary](${ctx.runUrl}) for the full report.` : "See the job summary of this workflow run for the full report.";
  return [counts.join(" \xB7 "), "", `The full report is too large to show here. ${where}`, ""];
}
function footer(ctx) {
  const run = ctx.runUrl ? ` \xB7 [workflow run](${ctx.runUrl})` : "";
  return `<sub>egress-audit \xB7 head ${codeText(ctx.sha.slice(0, 12), 12)}${run}</sub>`;
}
function gateOf(cmp, opts) {
  if (opts.gate) return opts.gate;
  const failOn = (opts.failOn ?? "none").toLowerCase();
  return decideGate(cmp, { failOn, warnOnly: false, allowPrSuppressions: opts.allowPrSuppressions ?? false });
}
function body(cmp, ctx, opts, level, isSummary) {
  const gate = gateOf(cmp, opts);
  const out = [];
  if (!isSummary) out.push(opts.marker);
  const head = headline(cmp, gate);
  out.push(`## ${head}`, "");
  if (head !== verdict(cmp)) out.push(verdictText(cmp), "");
  const existingSites = cmp.newFindings.filter((f) => !gate.failing.includes(f)).length;
  if (cmp.newIntegrations.length === 0 && existingSites > 0 && !gate.failures.length) {
    out.push(`${plural(existingSites, "new call site")} of existing integrations.`, "");
  }
  out.push(...gateLines(gate), "");
  if (level >= 3) {
    if (level === 3)
      out.push(...failingSection(gate, ctx, COUNTS_FAILING_ROWS), ...unanalysedSection(gate, COUNTS_FAILING_ROWS));
    out.push(...countsSection(cmp, ctx, isSummary));
  } else {
    const limit = level === 2 ? COMPACT_ROWS : void 0;
    out.push(
      ...failingSection(gate, ctx, limit),
      ...unanalysedSection(gate, limit),
      ...newIntegrationSection(cmp, ctx, limit),
      ...removedSection(cmp, limit),
      ...changedSection(cmp, limit),
      ...suppressionSection(cmp, ctx, limit),
      ...policySection(cmp, limit),
      ...skippedSection(cmp, gate, limit)
    );
    if (level === 0) out.push(...detailsSection(cmp, ctx));
  }
  out.push(footer(ctx));
  return out.join("\n") + "\n";
}
function fit(render, max) {
  for (const level of [0, 1, 2, 3, 4]) {
    const text = render(level);
    if (text.length <= max) return text;
  }
  return render(4).slice(0, max);
}
function renderComment(cmp, ctx, opts) {
  return fit((level) => body(cmp, ctx, opts, level, false), opts.maxChars ?? COMMENT_MAX_CHARS);
}
function renderSummary(cmp, ctx, opts) {
  const o = { ...opts, marker: "" };
  return fit((level) => body(cmp, ctx, o, level, true), opts.maxChars ?? SUMMARY_MAX_CHARS);
}
function renderResolvedComment(ctx, opts) {
  return [
    opts.marker,
    "## \u2705 Resolved: this pull request no longer fails the egress gate.",
    "",
    "An earlier run reported outbound integrations that failed the gate; the latest commit passes.",
    "",
    footer(ctx),
    ""
  ].join("\n");
}

export {
  splitList,
  git,
  resolveCommit,
  ensureCommit,
  fetchBranch,
  repoRoot,
  gitSnapshot,
  runComparison,
  runFullScan,
  DEFAULT_MARKER,
  renderComment,
  renderSummary,
  renderResolvedComment
};
