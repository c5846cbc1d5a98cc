import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ModuleMap,
  SUPPRESSION_FORM,
  analyzeContext,
  analyzeDiskFile,
  analyzeOne,
  applyPolicy,
  coveringSuppression,
  diskProjectFiles,
  importedPaths,
  pythonParser,
  require_picomatch,
  scanInWorkers,
  suppressionOf,
  workersAvailable
} from "./chunk-LKAF2VPF.js";
import {
  ANALYSED_FILE,
  fail,
  git,
  ok,
  policyFromFile,
  trimTrailingSlashes
} from "./chunk-QVQJSBF2.js";
import {
  VERSION
} from "./chunk-7RMU2GWJ.js";
import {
  compareFindings,
  emptyResult,
  mergeResults,
  sortFindings
} from "./chunk-5X5BTGI2.js";
import {
  __toESM
} from "./chunk-7BOAENXZ.js";

// src/diff/filter.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var GLOB_CHARS = /[*?[\]{}!]/;
function pathFilter(config, extra = []) {
  const include = config.paths.length ? (0, import_picomatch.default)(config.paths, { dot: true }) : () => true;
  const scoped = scopeFilter(config, extra);
  return (path) => ANALYSED_FILE.test(path) && include(path) && scoped(path);
}
function scopeFilter(config, extra = []) {
  const opts = { dot: true };
  const exclude = config.exclude.length ? (0, import_picomatch.default)(config.exclude, opts) : () => false;
  const scoped = extra.map((e) => trimTrailingSlashes(e.trim().replace(/^(\.\/)+/, ""))).filter((e) => e && e !== ".");
  const globs = scoped.filter((e) => GLOB_CHARS.test(e));
  const literals = scoped.filter((e) => !GLOB_CHARS.test(e));
  const globMatch = globs.length ? (0, import_picomatch.default)(globs, opts) : () => false;
  const inScope = scoped.length ? (p) => globMatch(p) || literals.some((l) => p === l || p.startsWith(`${l}/`)) : () => true;
  return (path) => !exclude(path) && inScope(path);
}
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

// src/scan/shard.ts
var MAX_SHARDS = 256;
function parseShard(text) {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    return fail({
      file: "--shard",
      message: `expected I/N with 1 \u2264 I \u2264 N \u2264 ${MAX_SHARDS} (for example 2/4), got "${text}"`
    });
  return ok({ index, count });
}
function shardFiles(files, shard) {
  if (shard.count === 1) return [...files];
  const load = new Array(shard.count).fill(0);
  const mine = [];
  const order = [...files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of order) {
    let best = 0;
    for (let i = 1; i < load.length; i++) if (load[i] < load[best]) best = i;
    load[best] += Math.max(1, f.size);
    if (best === shard.index - 1) mine.push(f);
  }
  return mine.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/pipeline/scan-tree.ts
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/config/globs.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function unmatchedGlobs(config, files, where) {
  const globs = config.globs ?? [];
  if (!globs.length) return [];
  const pending = /* @__PURE__ */ new Map();
  globs.forEach((g, i) => pending.set(i, (0, import_picomatch2.default)(g.glob, { dot: true })));
  const seenDirs = /* @__PURE__ */ new Set();
  const test = (p) => {
    for (const [i, m] of pending) if (m(p)) pending.delete(i);
  };
  for (const file of files) {
    if (!pending.size) break;
    test(file);
    for (let slash = file.lastIndexOf("/"); slash > 0 && pending.size; slash = file.lastIndexOf("/", slash - 1)) {
      const dir = file.slice(0, slash);
      if (seenDirs.has(dir)) break;
      seenDirs.add(dir);
      test(dir);
    }
  }
  return [...pending.keys()].map((i) => {
    const g = globs[i];
    return {
      file: config.source,
      line: g.line,
      key: g.key,
      message: `glob ${JSON.stringify(g.glob)} matches no file ${where}`
    };
  });
}
async function unmatchedGlobsIn(config, list, where) {
  if (!config.globs?.length) return [];
  const r = await list().catch(() => void 0);
  return r?.ok ? unmatchedGlobs(config, r.value, where) : [];
}

// src/diff/folders.ts
import { createHash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn", "__pycache__"]);
async function walkFolder(root, sizes = false) {
  const out = /* @__PURE__ */ new Map();
  const stack = [""];
  while (stack.length) {
    const rel = stack.pop();
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of entries) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isSymbolicLink()) out.set(p, { path: p, kind: "link", size: 0 });
      else if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name)) stack.push(p);
      } else if (d.isFile()) {
        const st = sizes ? await lstat(join(root, p)).catch(() => void 0) : void 0;
        out.set(p, { path: p, kind: "file", size: st?.size ?? 0 });
      } else out.set(p, { path: p, kind: "other", size: 0 });
    }
  }
  return out;
}
var MAX_GREP_FILES = 2e4;
function folderSnapshot(root, entries) {
  let listing = entries;
  return {
    label: root,
    async list() {
      listing ??= walkFolder(root);
      return ok([...(await listing).keys()]);
    },
    async importers(names) {
      listing ??= walkFolder(root);
      const words = names.filter((n) => /^[A-Za-z_]\w*$/.test(n));
      if (!words.length) return ok([]);
      const re = new RegExp(`^[ \\t]*(from|import)[ \\t][^#\\n]*\\b(${words.join("|")})\\b`, "m");
      const py = [...(await listing).entries()].filter(([p, e]) => e.kind === "file" && /\.pyw?$/i.test(p));
      const out = [];
      for (const [p] of py.slice(0, MAX_GREP_FILES)) {
        const text = await readFile(join(root, p), "utf8").catch(() => "");
        if (re.test(text)) out.push(p);
      }
      return ok(out);
    },
    async read(paths, maxBytes) {
      listing ??= walkFolder(root);
      const all = await listing;
      const files = [];
      const skipped = [];
      for (const p of paths) {
        const e = all.get(p);
        if (!e) continue;
        if (e.kind === "link") skipped.push({ file: p, reason: "symbolic link (not followed)" });
        else if (e.kind !== "file") skipped.push({ file: p, reason: "not a regular file" });
        else {
          const st = await lstat(join(root, p)).catch(() => void 0);
          if (!st?.isFile()) {
            skipped.push({ file: p, reason: "not a regular file" });
            continue;
          }
          if (st.size > maxBytes) {
            skipped.push({ file: p, reason: `${st.size} bytes exceeds max-file-size ${maxBytes}` });
            continue;
          }
          const content = await readFile(join(root, p)).catch(() => void 0);
          if (content) files.push({ path: p, content });
          else skipped.push({ file: p, reason: "unreadable" });
        }
      }
      return { files, skipped };
    }
  };
}
async function diffFolders(baseRoot, headRoot, include = () => true) {
  const baseList = walkFolder(baseRoot, true);
  const headList = walkFolder(headRoot, true);
  const keep = (m) => new Map([...m].filter(([p]) => include(p)));
  const [b, h] = (await Promise.all([baseList, headList])).map(keep);
  const changes = [];
  const added = [];
  const deleted = [];
  const sig = async (root, e) => e.kind === "file" ? `f:${createHash("sha256").update(await readFile(join(root, e.path)).catch(() => Buffer.alloc(0))).digest("hex")}` : e.kind;
  for (const [p, he] of h) {
    const be = b.get(p);
    if (!be) added.push(p);
    else if (be.kind !== he.kind) changes.push({ status: "type-changed", path: p });
    else if (he.kind === "file" && (be.size !== he.size || await sig(baseRoot, be) !== await sig(headRoot, he)))
      changes.push({ status: "modified", path: p });
  }
  for (const p of b.keys()) if (!h.has(p)) deleted.push(p);
  const bySig = /* @__PURE__ */ new Map();
  for (const p of deleted) {
    const s = await sig(baseRoot, b.get(p));
    bySig.set(s, [...bySig.get(s) ?? [], p]);
  }
  const renamedFrom = /* @__PURE__ */ new Set();
  for (const p of added) {
    const s = await sig(headRoot, h.get(p));
    const from = s.startsWith("f:") ? bySig.get(s)?.shift() : void 0;
    if (from) {
      renamedFrom.add(from);
      changes.push({ status: "renamed", path: p, oldPath: from });
    } else changes.push({ status: "added", path: p });
  }
  for (const p of deleted) if (!renamedFrom.has(p)) changes.push({ status: "deleted", path: p });
  changes.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  return { changes, base: folderSnapshot(baseRoot, baseList), head: folderSnapshot(headRoot, headList) };
}
async function listFolderPaths(root, limit = 1e6) {
  const out = [];
  const stack = [""];
  while (stack.length && out.length < limit) {
    const rel = stack.pop();
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of entries) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory() && !d.isSymbolicLink()) {
        if (SKIP_DIRS.has(d.name)) out.push(p);
        else stack.push(p);
      } else out.push(p);
    }
  }
  return ok(out);
}

// src/diff/ignored.ts
async function gitIgnored(root, named = []) {
  const r = await git(root, ["ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"]);
  if (r.code !== 0) return void 0;
  const paths = new Set(r.stdout.toString("utf8").split("\0"));
  const asked = named.filter((p) => p !== "" && p !== ".");
  const forced = asked.length ? split(
    (await git(root, ["check-ignore", "--no-index", "-z", "--stdin"], {
      input: asked.map((p) => `./${p}\0`).join(""),
      literalPathspecs: false
    })).stdout
  ).map((p) => p.replace(/^\.\//, "")) : [];
  const inForced = (rel) => forced.some((p) => rel === p || rel.startsWith(`${p}/`));
  return { has: (rel, dir) => paths.has(dir ? `${rel}/` : rel) && !inForced(rel) };
}
function split(out) {
  return out.toString("utf8").split("\0").map((p) => p.replace(/\/+$/, "")).filter((p) => p !== "");
}

// src/scan/file-cache.ts
import { mkdirSync, readdirSync as readdirSync2, readFileSync as readFileSync2, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/scan/cache-key.ts
import { createHash as createHash2 } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var CACHE_FORMAT = 1;
var sha = (s) => createHash2("sha256").update(s).digest("hex");
var engine;
function engineId() {
  if (engine) return engine;
  const h = createHash2("sha256").update(`${VERSION}\0`);
  try {
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(js|mjs|ts|wasm)$/.test(name)) continue;
      h.update(name).update("\0").update(readFileSync(join2(dir, name)));
    }
  } catch {
    h.update(`unreadable\0${Date.now()}`);
  }
  return engine = h.digest("hex");
}
function configForKey(config) {
  const { warnings: _w, ...rest } = config;
  return rest;
}
function contextKey(rules, config, roots = []) {
  const replacer = (_k, v) => v instanceof RegExp ? `/${v.source}/${v.flags}` : v;
  return sha(
    JSON.stringify([CACHE_FORMAT, engineId(), rules, configForKey(config), [...roots]], replacer) ?? "undefined"
  );
}
function importText(text) {
  return text.replace(/\\\r?\n/g, " ").replace(/;/g, "\n");
}
var DYNAMIC_IMPORT = /\b(?:import_module|__import__)\(\s*(?:[rRuU]?)(['"])([\w.]{1,200})\1/g;
var ClosureDigests = class {
  constructor(modules, read) {
    this.modules = modules;
    this.read = read;
  }
  modules;
  read;
  edges = /* @__PURE__ */ new Map();
  hashes = /* @__PURE__ */ new Map();
  digests = /* @__PURE__ */ new Map();
  /** Set by the first digest: from then on a module's text is hashed when its imports are read. */
  digesting = false;
  /** Hash of a file's text as the index reads it ("-" when unreadable: a later readable file changes it). */
  hashOf(path) {
    let h = this.hashes.get(path);
    if (h === void 0) {
      const text = this.read(path);
      h = text === void 0 ? null : sha(text);
      this.hashes.set(path, h);
    }
    return h ?? "-";
  }
  /** The files a module's analysis can read directly: what it imports, and each one's package chain. */
  importsOf(path, text) {
    let e = this.edges.get(path);
    if (e) return e;
    const src = text ?? this.read(path);
    if (this.digesting && !this.hashes.has(path)) this.hashes.set(path, src === void 0 ? null : sha(src));
    const out = /* @__PURE__ */ new Set();
    if (src !== void 0) {
      const t = importText(src);
      for (const p of importedPaths(t, path, this.modules)) out.add(p);
      for (const m of t.matchAll(DYNAMIC_IMPORT)) {
        const p = this.modules.pathOf(m[2], path);
        if (p) out.add(p);
      }
    }
    for (const p of [...out, path]) for (const init of this.packageChain(p)) out.add(init);
    out.delete(path);
    e = [...out].sort();
    this.edges.set(path, e);
    return e;
  }
  /** `a/b/c.py` → `a/b/__init__.py`, `a/__init__.py` (those that exist). */
  packageChain(path) {
    const out = [];
    let dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    const self = path.endsWith("/__init__.py");
    if (self) dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    while (dir && out.length < 64) {
      const init = `${dir}/__init__.py`;
      if (!this.modules.files.exists(init)) break;
      out.push(init);
      dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    }
    return out;
  }
  /** Digest of everything `path` can reach (itself excluded: the caller hashes its bytes). */
  digest(path, text) {
    this.digesting = true;
    if (text !== void 0) this.importsOf(path, text);
    const known = this.digests.get(path);
    if (known) return known;
    this.tarjan(path);
    return this.digests.get(path);
  }
  /** Iterative Tarjan: each component's digest is computed once its successors' are known. */
  tarjan(start) {
    const index = /* @__PURE__ */ new Map();
    const low = /* @__PURE__ */ new Map();
    const onStack = /* @__PURE__ */ new Set();
    const stack = [];
    let counter = 0;
    const work = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1];
      const succ = this.importsOf(top.node);
      if (top.i < succ.length) {
        const next = succ[top.i++];
        if (this.digests.has(next)) continue;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, i: 0 });
        } else if (onStack.has(next)) low.set(top.node, Math.min(low.get(top.node), index.get(next)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(top.node)));
      }
      if (low.get(top.node) !== index.get(top.node)) continue;
      const members = [];
      for (; ; ) {
        const m = stack.pop();
        onStack.delete(m);
        members.push(m);
        if (m === top.node) break;
      }
      members.sort();
      const inside = new Set(members);
      const h = createHash2("sha256");
      for (const m of members) h.update(`${m}\0${this.hashOf(m)}\0`);
      const outside = /* @__PURE__ */ new Set();
      for (const m of members) for (const s of this.importsOf(m)) if (!inside.has(s)) outside.add(s);
      for (const s of [...outside].sort()) h.update(`>${s}\0${this.digests.get(s)}\0`);
      const d = h.digest("hex");
      for (const m of members) this.digests.set(m, d);
    }
  }
};
function fileKey(context, path, bytes, closure) {
  return sha(`${context}\0${path}\0${sha(bytes)}\0${closure}`);
}

// src/scan/file-cache.ts
var MAX_AGE_MS = 30 * 24 * 3600 * 1e3;
var TOUCH_AFTER_MS = 24 * 3600 * 1e3;
var KEY = /^[0-9a-f]{64}$/;
var FileCache = class {
  stats = { hits: 0, misses: 0, rejected: 0, written: 0, pruned: 0 };
  /** Notes for the run's log (never part of the scan result: output is the same with or without a cache). */
  notes = [];
  dir;
  writable = true;
  constructor(dir) {
    this.dir = join3(dir, `v${CACHE_FORMAT}`);
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (e) {
      this.writable = false;
      this.notes.push(
        `cache: cannot create ${dir} (${e.code ?? "error"}); running without it`
      );
    }
  }
  pathOf(key) {
    return join3(this.dir, key.slice(0, 2), `${key}.json`);
  }
  get(key, file) {
    if (!KEY.test(key)) throw new Error(`cache key must be 64 hex digits, got ${key}`);
    const p = this.pathOf(key);
    let text;
    try {
      text = readFileSync2(p, "utf8");
    } catch {
      this.stats.misses++;
      return void 0;
    }
    const entry = parseEntry(text, key, file);
    if (typeof entry === "string") {
      this.stats.rejected++;
      this.stats.misses++;
      this.notes.push(`cache: ignored the entry for ${file} (${entry}); analysed it again`);
      return void 0;
    }
    this.stats.hits++;
    try {
      const age = Date.now() - statSync(p).mtimeMs;
      if (age > TOUCH_AFTER_MS) utimesSync(p, /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date());
    } catch {
    }
    return entry;
  }
  put(key, file, outcome) {
    if (!this.writable || !KEY.test(key)) return;
    const p = this.pathOf(key);
    const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join3(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, key, file, outcome }));
      renameSync(tmp, p);
      this.stats.written++;
    } catch (e) {
      rmSync(tmp, { force: true });
      this.writable = false;
      this.notes.push(
        `cache: cannot write to ${this.dir} (${e.code ?? "error"}); results are not saved`
      );
    }
  }
  /** Remove entries nobody used for MAX_AGE_MS (and temporary files left by an interrupted run). */
  prune(now = Date.now()) {
    if (!this.writable) return;
    let shards;
    try {
      shards = readdirSync2(this.dir);
    } catch {
      return;
    }
    for (const s of shards) {
      if (!/^[0-9a-f]{2}$/.test(s)) continue;
      const d = join3(this.dir, s);
      let names;
      try {
        names = readdirSync2(d);
      } catch {
        continue;
      }
      for (const n of names) {
        const p = join3(d, n);
        try {
          const st = statSync(p);
          const old = now - st.mtimeMs > (n.endsWith(".tmp") ? 3600 * 1e3 : MAX_AGE_MS);
          if (st.isFile() && old) {
            rmSync(p, { force: true });
            this.stats.pruned++;
          }
        } catch {
        }
      }
    }
  }
  summary() {
    const s = this.stats;
    return `cache: ${s.hits} reused, ${s.misses} analysed, ${s.written} saved${s.rejected ? `, ${s.rejected} unusable entries ignored` : ""}${s.pruned ? `, ${s.pruned} old entries removed` : ""}`;
  }
};
var ARRAYS = ["findings", "skipped", "notes", "unusedSuppressions"];
var COUNTS = ["filesScanned", "filesParsed", "bytesScanned"];
function parseEntry(text, key, file) {
  let e;
  try {
    e = JSON.parse(text);
  } catch {
    return "not valid JSON";
  }
  if (!e || typeof e !== "object") return "not an object";
  const o = e;
  if (o.format !== CACHE_FORMAT) return `format ${String(o.format)}, expected ${CACHE_FORMAT}`;
  if (o.key !== key) return "it names another key";
  if (o.file !== file) return "it is for another file";
  const r = o.outcome;
  if (!r || typeof r !== "object") return "no outcome";
  for (const a of ARRAYS) if (!Array.isArray(r[a])) return `outcome.${a} is not a list`;
  for (const c of COUNTS) if (typeof r[c] !== "number" || !Number.isInteger(r[c])) return `outcome.${c} is not a count`;
  for (const a of ARRAYS)
    for (const x of r[a]) {
      if (!x || typeof x !== "object" || x.file !== file)
        return `outcome.${a} names another file`;
    }
  for (const f of r.findings) {
    if (typeof f.ruleId !== "string" || typeof f.startLine !== "number" || typeof f.fingerprint !== "string")
      return "a finding has the wrong shape";
  }
  return r;
}

// src/scan/scan.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync as readdirSync3, readFileSync as readFileSync3, realpathSync, statSync as statSync2 } from "node:fs";
import { isAbsolute, join as join4, relative, resolve, sep } from "node:path";

// src/scan/imported.ts
function importedFiles(paths, graph) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) for (const q of graph.importsOf(p)) out.add(q);
  return out;
}

// src/scan/scan.ts
async function scanSources(files, opts) {
  const ctx = await analyzeContext(opts);
  const out = emptyResult();
  let n = 0;
  try {
    for (const f of files) {
      analyzeOne(f.path, f.content, ctx, out);
      if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    ctx.project?.release();
  }
  return mergeResults([out]);
}
function collectFiles(inputs, root, config, skip) {
  const realRoot = realpathSync(root);
  const include = (0, import_picomatch3.default)(config.paths, { dot: true });
  const exclude = (0, import_picomatch3.default)(config.exclude, { dot: true });
  const out = { files: [], skipped: [] };
  const seen = /* @__PURE__ */ new Set();
  const visit = (abs, explicit) => {
    const rel = relative(realRoot, abs).split(sep).join("/");
    if (rel.startsWith("..") || isAbsolute(rel)) {
      out.skipped.push({ file: rel, reason: "outside the workspace" });
      return;
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      out.skipped.push({ file: rel || ".", reason: `cannot read: ${e.code ?? "error"}` });
      return;
    }
    if (st.isSymbolicLink()) {
      if (explicit || ANALYSED_FILE.test(rel) || linksToDirectory(abs))
        out.skipped.push({ file: rel, reason: "symbolic link (not followed)" });
      return;
    }
    if (rel && !explicit && (exclude(rel) || skip?.(rel, st.isDirectory()))) return;
    if (st.isDirectory()) {
      let names;
      try {
        names = readdirSync3(abs).sort();
      } catch (e) {
        out.skipped.push({ file: rel || ".", reason: `cannot list: ${e.code ?? "error"}` });
        return;
      }
      for (const n of names) visit(join4(abs, n), false);
      return;
    }
    if (!st.isFile()) return;
    if (!explicit && !include(rel)) return;
    if (explicit && safeRealpath(abs) !== abs) {
      out.skipped.push({ file: rel, reason: "path goes through a symbolic link (not followed)" });
      return;
    }
    if (seen.has(rel)) return;
    seen.add(rel);
    out.files.push({ path: rel, abs, size: st.size });
  };
  for (const input of inputs.length ? inputs : ["."]) {
    const abs = resolve(realRoot, input);
    const rel = relative(realRoot, abs);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      out.skipped.push({ file: input, reason: "outside the workspace" });
      continue;
    }
    visit(abs, abs !== realRoot && !isDirectory(abs));
  }
  out.files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return out;
}
function linksToDirectory(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function isDirectory(p) {
  try {
    return lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}
function once(f) {
  let v;
  return () => (v ??= { value: f() }).value;
}
var MIN_FILES_FOR_WORKERS = 64;
async function scanPaths(inputs, root, opts0, skip, collected = collectFiles(inputs, root, opts0.config, skip)) {
  const project = opts0.project ?? diskProjectFiles(
    root,
    opts0.config.maxFileBytes,
    collected.files.map((f) => f.path)
  );
  const files = opts0.shard ? shardFiles(collected.files, opts0.shard) : collected.files;
  const graph = new ClosureDigests(new ModuleMap(project), (p) => project.read(p));
  const opts = {
    ...opts0,
    project,
    imported: once(
      () => importedFiles(
        files.map((f) => f.path),
        graph
      )
    )
  };
  const cache = opts.cache;
  const keys = cache ? fileKeys(files, project, opts, graph) : void 0;
  const outcomes = [];
  const todo = [];
  for (const f of files) {
    const key = keys?.get(f.path);
    const hit = key ? cache.get(key, f.path) : void 0;
    if (hit) outcomes.push(hit);
    else todo.push(f);
  }
  for (const { path, outcome } of await analyzeFiles(todo, opts, root)) {
    outcomes.push(outcome);
    const key = keys?.get(path);
    if (key && !outcome.skipped.length) cache.put(key, path, outcome);
  }
  const result = mergeResults(outcomes);
  if (!opts.shard || opts.shard.index === 1) result.skipped.push(...collected.skipped);
  return mergeResults([result]);
}
async function analyzeFiles(files, opts, root) {
  const threads = opts.workers ?? 0;
  if (threads > 1 && files.length >= MIN_FILES_FOR_WORKERS && workersAvailable())
    return scanInWorkers(files, opts, threads, root);
  const ctx = await analyzeContext(opts);
  const out = [];
  let n = 0;
  try {
    for (const f of files) {
      const outcome = emptyResult();
      analyzeDiskFile(f, ctx, outcome);
      out.push({ path: f.path, outcome });
      if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    ctx.project?.release();
  }
  return out;
}
function fileKeys(files, project, opts, closures) {
  const context = contextKey(opts.rules.rules, opts.config, project.roots ?? []);
  const keys = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.size > opts.config.maxFileBytes) continue;
    let bytes;
    try {
      bytes = readFileSync3(f.abs);
    } catch {
      continue;
    }
    keys.set(f.path, fileKey(context, f.path, bytes, closures.digest(f.path)));
  }
  return keys;
}

// src/pipeline/tree-manifests.ts
import { relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/deps/names.ts
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?/;
var BY_BASENAME = {
  "pyproject.toml": "pyproject",
  "setup.cfg": "setup.cfg",
  "setup.py": "setup.py",
  pipfile: "Pipfile",
  "poetry.lock": "poetry.lock",
  "uv.lock": "uv.lock",
  "pdm.lock": "pdm.lock",
  "pipfile.lock": "Pipfile.lock"
};
var REQUIREMENTS = /(^|\/)([^/]*(requirements|constraints)[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in))$/i;
function manifestKind(path) {
  const base = (path.split("/").pop() ?? "").toLowerCase();
  const kind = BY_BASENAME[base];
  if (kind) return kind;
  return REQUIREMENTS.test(path) ? "requirements" : void 0;
}
var LOCK_KINDS = /* @__PURE__ */ new Set(["poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock"]);
var DEFAULT_INDEX_HOSTS = /* @__PURE__ */ new Set([
  "pypi.org",
  "pypi.python.org",
  "files.pythonhosted.org",
  "upload.pypi.org"
]);

// src/deps/scan-manifests.ts
var import_picomatch4 = __toESM(require_picomatch(), 1);
import { createHash as createHash3 } from "node:crypto";

// src/deps/pep508.ts
var MAX = 4e3;
var CLAUSE = "(?:~=|===|==|!=|<=|>=|<|>)\\s*[A-Za-z0-9*.+!_-]{1,100}";
var SPECIFIERS = new RegExp(`^${CLAUSE}(?:\\s*,\\s*${CLAUSE}){0,20}\\s*$`);
function parsePep508(input) {
  const s = input.slice(0, MAX).trim();
  const m = NAME.exec(s);
  if (!m) return void 0;
  const name = m[0];
  let rest = s.slice(name.length).trimStart();
  const extras = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return void 0;
    for (const e of rest.slice(1, close).split(",")) if (e.trim()) extras.push(e.trim());
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.startsWith("@")) {
    const after = rest.slice(1).trimStart();
    const end = after.search(/\s/);
    const url = end < 0 ? after : after.slice(0, end);
    const tail = end < 0 ? "" : after.slice(end).trim();
    const marker2 = tail.startsWith(";") ? tail.slice(1).trim() : void 0;
    if (!url) return void 0;
    return { name, extras, specifier: "", url, ...marker2 ? { marker: marker2 } : {} };
  }
  const semi = rest.indexOf(";");
  const spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  const marker = semi < 0 ? void 0 : rest.slice(semi + 1).trim();
  const specifier = spec.replace(/^\((.*)\)$/, "$1").trim();
  if (specifier && !SPECIFIERS.test(specifier)) return void 0;
  return { name, extras, specifier, ...marker ? { marker } : {} };
}
function urlHost(url) {
  const u = url.trim();
  const scp = /^[A-Za-z0-9._-]{1,100}@([A-Za-z0-9.-]{1,253}):(?!\/\/)/.exec(u);
  if (scp) return scp[1].toLowerCase();
  const m = /^(?:[a-z][a-z0-9+.-]{0,30}:)?\/\/(?:[^@/?#\s]{0,300}@)?(\[[0-9a-f:.]{1,60}\]|[^/:?#\s]{1,253})(?::(\d{1,5}))?/i.exec(
    u
  );
  if (!m) return void 0;
  const host = m[1].toLowerCase();
  return m[2] ? `${host}:${m[2]}` : host;
}
function withoutCredentials(url) {
  return url.replace(/^((?:[a-z][a-z0-9+.-]{0,30}:)?\/\/)[^@/?#\s]{0,300}@/i, "$1");
}
function isRemoteUrl(s) {
  return /^(?:(?:git|hg|svn|bzr)\+)?(?:https?|ftp|ssh|git):\/\//i.test(s) || /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/.test(s);
}
function eggName(url) {
  return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]{0,200})/.exec(url)?.[1];
}

// src/deps/transitive.ts
function viaChain(locked, target, direct) {
  const parents = /* @__PURE__ */ new Map();
  for (const p of locked)
    for (const d of p.dependencies) {
      const list = parents.get(d) ?? [];
      list.push(p.name);
      parents.set(d, list);
    }
  const prev = /* @__PURE__ */ new Map();
  const queue = [target];
  const seen = /* @__PURE__ */ new Set([target]);
  while (queue.length) {
    const n = queue.shift();
    for (const p of [...parents.get(n) ?? []].sort()) {
      if (seen.has(p)) continue;
      seen.add(p);
      prev.set(p, n);
      if (direct.has(p)) {
        const chain = [p];
        for (let c = prev.get(p); c && c !== target; c = prev.get(c)) chain.push(c);
        return chain;
      }
      queue.push(p);
    }
  }
  return [...new Set(parents.get(target) ?? [])].sort().slice(0, 3);
}

// src/deps/findings.ts
function packageRules(rules) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const r of rules)
    for (const p of r.packages) {
      const list = byPackage.get(p) ?? [];
      if (!list.includes(r)) list.push(r);
      byPackage.set(p, list);
    }
  return {
    byPackage,
    index: rules.find((r) => r.packageSource === "index"),
    url: rules.find((r) => r.packageSource === "url")
  };
}
function ruleDestination(rule) {
  const host = rule.hosts.find((h) => !h.startsWith("*."));
  return host ? { host, source: "default" } : { source: "default" };
}
function urlDestination(url) {
  const host = urlHost(url);
  const scheme = /^(?:[a-z]+\+)?([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (!host || /[${}%]/.test(host)) return { source: "env", detail: "env (a variable in the URL)" };
  return { host, source: "literal", ...scheme ? { scheme } : {} };
}
function finding(rule, file, span, dest, callee, dependency) {
  return {
    ruleId: rule.id,
    category: rule.category,
    service: rule.service,
    destination: dest,
    risk: rule.risk,
    file,
    startLine: span.line,
    startColumn: span.column,
    endLine: span.line,
    endColumn: span.endColumn,
    // URLs in manifests may carry tokens (`https://user:token@index/simple`): never echoed.
    snippet: span.text.replace(/(\/\/)[^@/\s]{1,300}@/g, "$1").trim().slice(0, 200),
    callee,
    kind: "dependency",
    credentials: [],
    dataSources: [],
    cwe: [...rule.cwe],
    tags: [],
    dependency: { ...dependency, ...rule.defaultOn ? { defaultOn: rule.defaultOn } : {} },
    fingerprint: ""
  };
}
function manifestFindings(m, rules, direct) {
  const out = [];
  const kind = m.kind;
  for (const r of m.requirements) {
    for (const rule of r.name && !r.sourceOnly ? rules.byPackage.get(r.name) ?? [] : [])
      out.push(
        finding(rule, m.file, r, ruleDestination(rule), r.name, {
          package: r.name,
          manifest: kind,
          ...r.via ? { via: r.via } : {}
        })
      );
    if (r.url && rules.url) {
      const url = withoutCredentials(r.url);
      out.push(
        finding(rules.url, m.file, r, urlDestination(r.url), r.name || (urlHost(r.url) ?? "url"), {
          package: r.name,
          manifest: kind,
          url,
          source: "url"
        })
      );
    }
  }
  if (rules.index)
    for (const s of m.indexes) {
      const dest = urlDestination(s.url);
      if (dest.host && DEFAULT_INDEX_HOSTS.has(dest.host.replace(/:\d+$/, ""))) continue;
      const url = withoutCredentials(s.url);
      out.push(finding(rules.index, m.file, s, dest, s.option, { package: "", manifest: kind, url, source: "index" }));
    }
  if (LOCK_KINDS.has(kind))
    for (const p of m.locked) {
      if (direct.has(p.name)) continue;
      for (const rule of rules.byPackage.get(p.name) ?? [])
        out.push(
          finding(rule, m.file, p, ruleDestination(rule), p.name, {
            package: p.name,
            manifest: kind,
            via: viaChain(m.locked, p.name, direct)
          })
        );
    }
  return out;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/deps/toml-read.ts
function readToml(text) {
  try {
    return { value: parse(text) };
  } catch (e) {
    if (e instanceof TomlError) return { error: `invalid TOML at line ${e.line}: ${e.message.split("\n")[0]}` };
    return { error: `invalid TOML: ${e.message.split("\n")[0]}` };
  }
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function at(obj, ...keys) {
  let v = obj;
  for (const k of keys) {
    if (!isTable(v)) return void 0;
    v = v[k];
  }
  return v;
}
function tablesOf(v) {
  return isTable(v) ? Object.entries(v).filter((e) => isTable(e[1])) : [];
}

// src/deps/types.ts
function emptyManifest(file, kind) {
  return { file, kind, requirements: [], indexes: [], includes: [], locked: [], notes: [] };
}

// src/deps/locks.ts
function packageLines(text) {
  const lines = text.split("\n");
  const out = [];
  let inPackage = false;
  lines.forEach((raw, i) => {
    const l = raw.replace(/\r$/, "");
    if (/^\s*\[\[\s*package\s*\]\]/.test(l)) {
      inPackage = true;
      out.push({ line: i + 1, column: 1, endColumn: l.length + 1, text: l });
    } else if (inPackage && /^\s*name\s*=/.test(l)) {
      inPackage = false;
      const col = l.search(/\S/) + 1;
      out[out.length - 1] = { line: i + 1, column: col, endColumn: l.trimEnd().length + 1, text: l };
    } else if (/^\s*\[/.test(l)) inPackage = false;
  });
  return out;
}
function dependencyNames(kind, p) {
  const names = [];
  const add = (n) => {
    if (typeof n === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(n)) names.push(normalizeName(n));
  };
  if (kind === "poetry.lock") {
    if (isTable(p.dependencies)) Object.keys(p.dependencies).forEach(add);
    if (isTable(p.extras)) {
      for (const list of Object.values(p.extras))
        if (Array.isArray(list)) {
          for (const r of list) if (typeof r === "string") add(parsePep508(r)?.name);
        }
    }
  } else if (kind === "uv.lock") {
    const lists = [
      p.dependencies,
      ...Object.values(isTable(p["optional-dependencies"]) ? p["optional-dependencies"] : {})
    ];
    if (isTable(p["dev-dependencies"])) lists.push(...Object.values(p["dev-dependencies"]));
    for (const list of lists) if (Array.isArray(list)) {
      for (const d of list) if (isTable(d)) add(d.name);
    }
  } else if (Array.isArray(p.dependencies)) {
    for (const r of p.dependencies) if (typeof r === "string") add(parsePep508(r)?.name);
  }
  return [...new Set(names)].sort();
}
function parseTomlLock(text, file, kind) {
  const out = emptyManifest(file, kind);
  const { value: doc, error } = readToml(text);
  if (!doc) {
    out.notes.push(error ?? "invalid TOML");
    return out;
  }
  const packages = Array.isArray(doc.package) ? doc.package : [];
  const spans = packageLines(text);
  packages.forEach((p, i) => {
    if (!isTable(p) || typeof p.name !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(p.name)) return;
    const span = spans[i] ?? { line: 1, column: 1, endColumn: 2, text: "" };
    const locked = { ...span, name: normalizeName(p.name), dependencies: dependencyNames(kind, p) };
    out.locked.push(locked);
  });
  return out;
}
function parsePipfileLock(text, file) {
  const out = emptyManifest(file, "Pipfile.lock");
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    out.notes.push(`invalid JSON: ${e.message.split("\n")[0]}`);
    return out;
  }
  if (!isTable(doc)) {
    out.notes.push('expected a JSON object with "default" and "develop"');
    return out;
  }
  const lines = text.split("\n");
  for (const section of ["default", "develop"]) {
    const deps = doc[section];
    if (!isTable(deps)) continue;
    for (const name of Object.keys(deps)) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name)) continue;
      const needle = `"${name}"`;
      const i = lines.findIndex(
        (l2) => l2.trimStart().startsWith(`${needle}:`) || l2.trimStart().startsWith(`${needle} :`)
      );
      const l = (lines[i] ?? "").replace(/\r$/, "");
      const col = Math.max(1, l.indexOf(needle) + 1);
      out.locked.push({
        line: i + 1 || 1,
        column: col,
        endColumn: col + needle.length,
        text: l,
        name: normalizeName(name),
        dependencies: []
      });
    }
  }
  return out;
}

// src/deps/toml-lines.ts
var HEADER = /^\s*\[\[?\s*([^\]]{1,300}?)\s*\]\]?\s*(?:#.*)?$/;
function tomlLines(text) {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const tables = /* @__PURE__ */ new Map();
  let name = "";
  let from = 0;
  const close = (to) => {
    const list = tables.get(name) ?? [];
    list.push([from, to]);
    tables.set(name, list);
  };
  lines.forEach((l, i) => {
    const m = HEADER.exec(l);
    if (!m) return;
    close(i);
    name = m[1].replace(/\s*\.\s*/g, ".").replace(/["']/g, "");
    from = i;
  });
  close(lines.length);
  return { lines, tables };
}
function spanAt(t, i, needle) {
  const text = t.lines[i] ?? "";
  const at2 = text.indexOf(needle);
  const column = at2 >= 0 ? at2 + 1 : text.length - text.trimStart().length + 1;
  const endColumn = at2 >= 0 ? at2 + needle.length + 1 : text.trimEnd().length + 1;
  return { line: i + 1, column, endColumn: Math.max(endColumn, column + 1), text };
}
function rangesOf(t, table) {
  if (table === void 0) return [[0, t.lines.length]];
  return t.tables.get(table) ?? [];
}
function locateString(t, table, value, used) {
  for (const q of ['"', "'"]) {
    const needle = `${q}${value}${q}`;
    for (const ranges of [rangesOf(t, table), rangesOf(t, void 0)])
      for (const [from, to] of ranges)
        for (let i = from; i < to; i++) {
          const line = t.lines[i];
          for (let at2 = line.indexOf(needle); at2 >= 0; at2 = line.indexOf(needle, at2 + 1)) {
            const key = `${i}:${at2}`;
            if (used.has(key)) continue;
            used.add(key);
            const column = at2 + 1;
            return { line: i + 1, column, endColumn: column + needle.length, text: line };
          }
        }
  }
  const first = rangesOf(t, table)[0]?.[0] ?? 0;
  return spanAt(t, first, value);
}
function locateKey(t, table, key) {
  for (const [from, to] of rangesOf(t, table))
    for (let i = from; i < to; i++) {
      const m = /^\s*(?:"([^"]{1,200})"|'([^']{1,200})'|([A-Za-z0-9_.-]{1,200}))\s*=/.exec(t.lines[i]);
      if (m && (m[1] ?? m[2] ?? m[3]) === key) return spanAt(t, i, key);
    }
  const first = rangesOf(t, table)[0]?.[0] ?? 0;
  return spanAt(t, first, key);
}

// src/deps/pyproject.ts
function pep508List(c, list, table, where) {
  if (list === void 0) return;
  if (!Array.isArray(list)) {
    c.out.notes.push(`${where}: expected a list of requirement strings`);
    return;
  }
  for (const item of list) {
    if (typeof item !== "string") continue;
    const p = parsePep508(item);
    const span = locateString(c.t, table, item, c.used);
    if (!p) {
      c.out.notes.push(`line ${span.line}: ${where}: not a PEP 508 requirement: "${item.slice(0, 80)}"`);
      continue;
    }
    c.out.requirements.push({
      ...span,
      name: normalizeName(p.name),
      ...p.url && isRemoteUrl(p.url) ? { url: p.url } : {}
    });
  }
}
function nameTable(c, deps, table, skip = /* @__PURE__ */ new Set()) {
  if (deps === void 0) return;
  if (!isTable(deps)) {
    c.out.notes.push(`[${table}]: expected a table of dependencies`);
    return;
  }
  for (const [key, spec] of Object.entries(deps)) {
    if (skip.has(key.toLowerCase()) || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(key)) continue;
    const span = locateKey(c.t, table, key);
    const specs = Array.isArray(spec) ? spec : [spec];
    const url = specs.map(sourceUrl).find((u) => u !== void 0);
    c.out.requirements.push({ ...span, name: normalizeName(key), ...url ? { url } : {} });
  }
}
function sourceUrl(spec) {
  if (!isTable(spec)) return void 0;
  for (const k of ["git", "url", "hg", "svn"]) {
    const v = spec[k];
    if (typeof v === "string" && v) return k === "url" || /^[a-z+]+:\/\//i.test(v) || v.includes("@") ? v : void 0;
  }
  return void 0;
}
function sourceList(c, list, table) {
  if (!Array.isArray(list)) return;
  for (const s of list) {
    const url = isTable(s) ? s.url : void 0;
    if (typeof url !== "string" || !isRemoteUrl(url)) continue;
    c.out.indexes.push({ ...locateString(c.t, table, url, c.used), url, option: `[[${table}]]` });
  }
}
function parsePyproject(text, file) {
  const out = emptyManifest(file, "pyproject");
  const { value: doc, error } = readToml(text);
  if (!doc) {
    out.notes.push(error ?? "invalid TOML");
    return out;
  }
  const c = { out, t: tomlLines(text), used: /* @__PURE__ */ new Set() };
  pep508List(c, at(doc, "project", "dependencies"), "project", "project.dependencies");
  for (const [g, list] of Object.entries(tableOr(at(doc, "project", "optional-dependencies"))))
    pep508List(c, list, "project.optional-dependencies", `project.optional-dependencies.${g}`);
  for (const [g, list] of Object.entries(tableOr(at(doc, "dependency-groups"))))
    pep508List(c, list, "dependency-groups", `dependency-groups.${g}`);
  const poetry = at(doc, "tool", "poetry");
  const skip = /* @__PURE__ */ new Set(["python"]);
  nameTable(c, at(poetry, "dependencies"), "tool.poetry.dependencies", skip);
  nameTable(c, at(poetry, "dev-dependencies"), "tool.poetry.dev-dependencies", skip);
  for (const [g, group] of tablesOf(at(poetry, "group")))
    nameTable(c, group.dependencies, `tool.poetry.group.${g}.dependencies`, skip);
  sourceList(c, at(poetry, "source"), "tool.poetry.source");
  for (const [g, list] of Object.entries(tableOr(at(doc, "tool", "pdm", "dev-dependencies"))))
    pep508List(c, list, "tool.pdm.dev-dependencies", `tool.pdm.dev-dependencies.${g}`);
  sourceList(c, at(doc, "tool", "pdm", "source"), "tool.pdm.source");
  for (const [env, t] of tablesOf(at(doc, "tool", "hatch", "envs")))
    for (const key of ["dependencies", "extra-dependencies"])
      pep508List(c, t[key], `tool.hatch.envs.${env}`, `tool.hatch.envs.${env}.${key}`);
  pep508List(c, at(doc, "tool", "uv", "dev-dependencies"), "tool.uv", "tool.uv.dev-dependencies");
  sourceList(c, at(doc, "tool", "uv", "index"), "tool.uv.index");
  for (const [name, spec] of Object.entries(tableOr(at(doc, "tool", "uv", "sources")))) {
    const url = sourceUrl(spec);
    if (url && /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name))
      out.requirements.push({
        ...locateKey(c.t, "tool.uv.sources", name),
        name: normalizeName(name),
        url,
        sourceOnly: true
      });
  }
  return out;
}
function tableOr(v) {
  return isTable(v) ? v : {};
}

// src/deps/pipfile.ts
var NOT_PACKAGES = /* @__PURE__ */ new Set(["source", "requires", "scripts", "pipenv"]);
function parsePipfile(text, file) {
  const out = emptyManifest(file, "Pipfile");
  const { value: doc, error } = readToml(text);
  if (!doc) {
    out.notes.push(error ?? "invalid TOML");
    return out;
  }
  const c = { out, t: tomlLines(text), used: /* @__PURE__ */ new Set() };
  for (const [table, deps] of Object.entries(doc))
    if (!NOT_PACKAGES.has(table) && isTable(deps)) nameTable(c, deps, table);
  sourceList(c, doc.source, "source");
  return out;
}

// src/deps/paths.ts
import { posix } from "node:path";
function resolveInclude(from, target) {
  if (!target || target.startsWith("/") || /^[A-Za-z]:[\\/]/.test(target) || /^[a-z][a-z0-9+.-]*:/i.test(target))
    return void 0;
  const dir = posix.dirname(from);
  const joined = posix.normalize(posix.join(dir === "." ? "" : dir, target.replace(/\\/g, "/")));
  if (joined === ".." || joined.startsWith("../") || joined === "." || joined.startsWith("/")) return void 0;
  return joined;
}

// src/deps/requirements.ts
var MAX_LINES = 2e5;
var INCLUDE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/;
var EDITABLE = /^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)/;
var INDEX = /^(-i|--index-url|--extra-index-url|-f|--find-links)(?:\s*=\s*|\s+)(\S+)/;
function stripComment(line) {
  const m = /(^|\s)#/.exec(line);
  if (!m) return { body: line };
  const at2 = m.index + m[1].length;
  return { body: line.slice(0, at2), comment: line.slice(at2 + 1) };
}
function viaNames(text) {
  return text.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}
function parseRequirements(text, file) {
  const out = emptyManifest(file, "requirements");
  const lines = text.split("\n").slice(0, MAX_LINES);
  if (text.split("\n", MAX_LINES + 1).length > MAX_LINES) out.notes.push(`only the first ${MAX_LINES} lines were read`);
  let viaOf;
  let inVia = false;
  const closeVia = () => {
    if (viaOf) {
      const fromFile = viaOf.names.some((n) => n.startsWith("-") || /\.(txt|in|toml|cfg|py)$/i.test(n));
      if (viaOf.names.length && !fromFile) viaOf.req.via = [...new Set(viaOf.names.map(normalizeName))].sort();
    }
    viaOf = void 0;
    inVia = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let raw = lines[i].replace(/\r$/, "");
    const physical = raw;
    while (/\\$/.test(raw) && i + 1 < lines.length) raw = raw.slice(0, -1) + " " + lines[++i].replace(/\r$/, "");
    const trimmed = raw.trim();
    if (trimmed.startsWith("#")) {
      const c = trimmed.slice(1).trim();
      if (viaOf) {
        const via = /^via(?:\s+(.*))?$/.exec(c);
        if (via) {
          inVia = true;
          viaOf.names.push(...viaNames(via[1] ?? ""));
        } else if (inVia && c && !/\s/.test(c.replace(/^-r\s+/, "").trim())) viaOf.names.push(c);
        else if (inVia && /^-[rc]\s/.test(c)) viaOf.names.push(c);
        else closeVia();
      }
      continue;
    }
    const { body, comment } = stripComment(raw);
    const content = body.trim();
    if (!content) {
      if (!comment) closeVia();
      continue;
    }
    closeVia();
    const column = physical.length - physical.trimStart().length + 1;
    const span = {
      line: start + 1,
      column,
      endColumn: Math.max(column + 1, physical.trimEnd().length + 1),
      text: physical
    };
    const inc = INCLUDE.exec(content);
    if (inc) {
      const target = inc[1];
      if (isRemoteUrl(target)) out.indexes.push({ ...span, url: target, option: content.split(/[\s=]/)[0] });
      else {
        const path = resolveInclude(file, target);
        if (path) out.includes.push({ path, line: start + 1 });
        else out.notes.push(`line ${start + 1}: include "${target.slice(0, 100)}" is outside the repository; not read`);
      }
      continue;
    }
    const idx = INDEX.exec(content);
    if (idx) {
      if (isRemoteUrl(idx[2])) out.indexes.push({ ...span, url: idx[2], option: idx[1] });
      continue;
    }
    const ed = EDITABLE.exec(content);
    const reqText = ed ? ed[1] : content.replace(/\s--?[a-z][\w-]*(=\S*)?.*$/i, "").trim();
    if (!ed && content.startsWith("-")) continue;
    let req;
    if (isRemoteUrl(reqText)) {
      const egg = eggName(reqText);
      req = { ...span, name: egg ? normalizeName(egg) : "", url: reqText };
    } else {
      const p = parsePep508(reqText);
      if (p && !/^[.~/\\]/.test(reqText))
        req = { ...span, name: normalizeName(p.name), ...p.url ? { url: p.url } : {} };
      else if (!ed && !/^[.~/\\]|\.(whl|zip|tar\.gz)$/i.test(reqText))
        out.notes.push(`line ${start + 1}: not a requirement: "${reqText.slice(0, 80)}"`);
    }
    if (!req) continue;
    if (req.url && !isRemoteUrl(req.url)) delete req.url;
    out.requirements.push(req);
    viaOf = { req, names: [] };
    const trailing = comment ? /^\s*via\s+(.*)$/.exec(comment) : null;
    if (trailing) {
      viaOf.names.push(...viaNames(trailing[1]));
      inVia = true;
    }
  }
  closeVia();
  return out;
}

// src/deps/setup-cfg.ts
var KEYS = /* @__PURE__ */ new Set(["install_requires", "setup_requires", "tests_require"]);
function parseSetupCfg(text, file) {
  const out = emptyManifest(file, "setup.cfg");
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  let section = "";
  let collecting = false;
  const take = (value, i, offset) => {
    const v = value.replace(/(^|\s)[#;].*$/, "").trim();
    if (!v || v.startsWith("file:")) return;
    const p = parsePep508(v);
    const column = offset + 1;
    const span = {
      line: i + 1,
      column,
      endColumn: Math.max(column + 1, lines[i].trimEnd().length + 1),
      text: lines[i]
    };
    if (!p) {
      out.notes.push(`line ${i + 1}: not a PEP 508 requirement: "${v.slice(0, 80)}"`);
      return;
    }
    out.requirements.push({
      ...span,
      name: normalizeName(p.name),
      ...p.url && isRemoteUrl(p.url) ? { url: p.url } : {}
    });
  };
  lines.forEach((l, i) => {
    const header = /^\s*\[([^\]]{1,200})\]/.exec(l);
    if (header) {
      section = header[1].trim().toLowerCase();
      collecting = false;
      return;
    }
    if (/^\s*[#;]/.test(l) || !l.trim()) return;
    const indented = /^\s/.test(l);
    if (indented && collecting) return take(l, i, l.length - l.trimStart().length);
    collecting = false;
    const kv = /^([A-Za-z0-9_.-]{1,200})\s*[=:]\s*(.*)$/.exec(l);
    if (!kv) return;
    const key = kv[1].toLowerCase();
    if (section === "options" && KEYS.has(key) || section === "options.extras_require") {
      collecting = true;
      if (kv[2].trim()) take(kv[2], i, l.indexOf(kv[2].trim()));
    }
  });
  return out;
}

// src/deps/setup-py.ts
var LIST_KEYS = /* @__PURE__ */ new Set(["install_requires", "setup_requires", "tests_require"]);
function literal(n) {
  if (n.type !== "string" || n.children.some((c) => c?.type === "interpolation")) return void 0;
  const content = n.children.filter((c) => c?.type === "string_content");
  const start = n.children[0]?.text ?? "";
  if (/[fbFB]/.test(start)) return void 0;
  return content.map((c) => c.text).join("");
}
function parseSetupPy(text, file, parser, timeoutMicros = 2e6) {
  const out = emptyManifest(file, "setup.py");
  const tree = parser.parse(text, timeoutMicros);
  if (!tree) {
    out.notes.push("setup.py took too long to parse; dependencies not read");
    return out;
  }
  try {
    const root = tree.rootNode;
    const lines = text.split("\n");
    const assigned = /* @__PURE__ */ new Map();
    for (const st of root.namedChildren) {
      const a = st?.type === "expression_statement" ? st.namedChildren[0] : void 0;
      const left = a?.type === "assignment" ? a.childForFieldName("left") : void 0;
      const right = a?.childForFieldName("right");
      if (left?.type === "identifier" && right) assigned.set(left.text, right);
    }
    const valueOf = (n) => n.type === "identifier" ? assigned.get(n.text) ?? n : n;
    const strings = (n, key) => {
      const v = valueOf(n);
      if (v.type !== "list" && v.type !== "tuple") {
        out.notes.push(`line ${n.startPosition.row + 1}: ${key} is not a literal list; not read`);
        return;
      }
      for (const item of v.namedChildren) {
        const s = item ? literal(item) : void 0;
        if (!item || s === void 0) continue;
        const p = parsePep508(s);
        const row = item.startPosition.row;
        if (!p) {
          out.notes.push(`line ${row + 1}: not a PEP 508 requirement: "${s.slice(0, 80)}"`);
          continue;
        }
        const line = (lines[row] ?? "").replace(/\r$/, "");
        out.requirements.push({
          line: row + 1,
          column: item.startPosition.column + 1,
          endColumn: item.startPosition.row === item.endPosition.row ? item.endPosition.column + 1 : line.length + 1,
          text: line,
          name: normalizeName(p.name),
          ...p.url && isRemoteUrl(p.url) ? { url: p.url } : {}
        });
      }
    };
    const visit = (n, depth) => {
      if (depth > 200) return;
      if (n.type === "call") {
        const fn = n.childForFieldName("function")?.text ?? "";
        if (fn === "setup" || fn.endsWith(".setup")) {
          for (const arg of n.childForFieldName("arguments")?.namedChildren ?? []) {
            if (arg?.type !== "keyword_argument") continue;
            const key = arg.childForFieldName("name")?.text ?? "";
            const value = arg.childForFieldName("value");
            if (!value) continue;
            if (LIST_KEYS.has(key)) strings(value, key);
            else if (key === "extras_require") {
              const d = valueOf(value);
              if (d.type !== "dictionary") {
                out.notes.push(`line ${value.startPosition.row + 1}: extras_require is not a literal dict; not read`);
                continue;
              }
              for (const pair of d.namedChildren) {
                const v = pair?.type === "pair" ? pair.childForFieldName("value") : void 0;
                if (v) strings(v, "extras_require");
              }
            }
          }
        }
      }
      for (const c of n.namedChildren) if (c) visit(c, depth + 1);
    };
    visit(root, 0);
  } finally {
    tree.delete();
  }
  return out;
}

// src/deps/parse-manifest.ts
function parseManifest(text, file, kind, parser) {
  try {
    switch (kind) {
      case "requirements":
        return parseRequirements(text, file);
      case "pyproject":
        return parsePyproject(text, file);
      case "setup.cfg":
        return parseSetupCfg(text, file);
      case "setup.py":
        return parseSetupPy(text, file, parser);
      case "Pipfile":
        return parsePipfile(text, file);
      case "Pipfile.lock":
        return parsePipfileLock(text, file);
      default:
        return parseTomlLock(text, file, kind);
    }
  } catch (e) {
    const m = emptyManifest(file, kind);
    m.notes.push(`could not read the dependencies: ${e.message.split("\n")[0]}`);
    return m;
  }
}

// src/deps/suppressions.ts
function commentOf(line) {
  let quote = "";
  for (let i = 0; i < line.length && i < 4e3; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#") return { comment: line.slice(i).trim(), alone: !line.slice(0, i).trim() };
  }
  return void 0;
}
function manifestSuppressions(text, file) {
  const lines = text.split("\n");
  const list = [];
  lines.forEach((raw, i) => {
    if (!raw.includes("egress:")) return;
    const c = commentOf(raw.replace(/\r$/, ""));
    const m = c ? SUPPRESSION_FORM.exec(c.comment) : null;
    if (!c || !m) return;
    const covered = [i + 1];
    if (c.alone) {
      let j = i + 1;
      while (j < lines.length && j - i < 20 && /^\s*#/.test(lines[j])) j++;
      covered.push(j + 1);
    }
    list.push(suppressionOf(m, i + 1, covered, c.comment));
  });
  return {
    apply(f) {
      const pkg = f.dependency?.package;
      const s = coveringSuppression(list, f, (t) => !!pkg && (t === pkg || normalizeName(t) === pkg));
      if (s) f.suppressed = { justification: s.reason, line: s.line };
    },
    unused() {
      return list.filter((s) => !s.used).map((s) => ({ file, line: s.line, text: s.text }));
    }
  };
}

// src/deps/scan-manifests.ts
var MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
var MAX_INCLUDE_DEPTH = 5;
var MAX_MANIFESTS = 500;
async function readManifests(paths, read) {
  const files = [];
  const notes = [];
  const seen = /* @__PURE__ */ new Set();
  let wanted = [...new Set(paths)].sort();
  for (let depth = 0; wanted.length && depth <= MAX_INCLUDE_DEPTH; depth++) {
    const batch = wanted.filter((p) => !seen.has(p)).slice(0, MAX_MANIFESTS - seen.size);
    for (const p of batch) seen.add(p);
    const got = await read(batch, MAX_MANIFEST_BYTES);
    for (const s of got.skipped)
      notes.push({
        file: s.file,
        level: "warning",
        message: `dependencies not read: ${/exceeds|larger/.test(s.reason) ? `larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MB` : s.reason}`
      });
    const next = [];
    for (const f of got.files) {
      if (f.content.includes(0)) {
        notes.push({ file: f.path, level: "warning", message: "dependencies not read: binary content (NUL bytes)" });
        continue;
      }
      const text = f.content.toString("utf8").replace(/^\uFEFF/, "");
      files.push({ path: f.path, text });
      if ((manifestKind(f.path) ?? "requirements") === "requirements")
        for (const m of text.matchAll(/^\s*(?:-r|--requirement|-c|--constraint)[\s=]+(\S+)/gm))
          next.push(`${f.path}\0${m[1]}`);
    }
    wanted = next.map((n) => n.split("\0")).flatMap(([from, target]) => includePath(from, target));
  }
  return { files: files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), notes };
}
function includePath(from, target) {
  const p = resolveInclude(from, target);
  return p ? [p] : [];
}
async function scanManifests(files, opts) {
  const parser = await pythonParser();
  const manifests = [];
  const notes = [];
  for (const f of files) {
    const kind = manifestKind(f.path) ?? "requirements";
    const m = parseManifest(f.text, f.path, kind, parser);
    manifests.push({ m, text: f.text });
    for (const n of m.notes) notes.push({ file: f.path, level: "warning", message: `dependencies: ${n}` });
  }
  const direct = /* @__PURE__ */ new Set();
  for (const { m } of manifests)
    if (!LOCK_KINDS.has(m.kind)) {
      for (const r of m.requirements) if (r.name && !r.via && !r.sourceOnly) direct.add(r.name);
    }
  const rules = packageRules(opts.rules);
  const isTest = (0, import_picomatch4.default)(opts.config.testPaths, { dot: true });
  const findings = [];
  const unused = [];
  for (const { m, text } of manifests) {
    if (!opts.report(m.file)) continue;
    const sup = manifestSuppressions(text, m.file);
    for (const f of manifestFindings(m, rules, direct)) {
      if (isTest(f.file)) f.tags.push("test");
      applyPolicy(f, opts.config);
      sup.apply(f);
      findings.push(f);
    }
    unused.push(...sup.unused());
  }
  return { findings: fingerprint(findings), notes, unusedSuppressions: unused, manifests: manifests.length };
}
function fingerprint(findings) {
  findings.sort(compareFindings);
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = ["dep1", f.ruleId, f.dependency?.package ?? "", f.destination.host ?? f.destination.source].join(
      "\0"
    );
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash3("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  }
  return findings;
}

// src/pipeline/tree-manifests.ts
async function scanTreeManifests(root, inputs, config, rules, result) {
  const scope = scopeFilter(
    config,
    inputs.map((i) => relative2(resolve2(root), resolve2(root, i)).split(sep2).join("/")).filter((i) => !i.startsWith(".."))
  );
  const side = folderSnapshot(root);
  const listed = await side.list();
  const paths = listed.ok ? listed.value.filter((p) => manifestKind(p) !== void 0 && scope(p)) : [];
  if (!paths.length) return void 0;
  const read = await readManifests(paths, (ps, max) => side.read(ps, max));
  const deps = await scanManifests(read.files, { config, rules, report: () => true });
  result.findings.push(...deps.findings);
  sortFindings(result.findings);
  result.notes.push(...read.notes, ...deps.notes);
  result.unusedSuppressions.push(...deps.unusedSuppressions);
  return `Dependencies: ${deps.manifests} manifest(s) read, ${deps.findings.length} finding(s).`;
}

// src/pipeline/scan-tree.ts
async function scanTree(opts) {
  const policy = await policyFromFile(opts.config, opts.root, opts.log);
  if (!policy.ok) return fail(...policy.problems);
  const { config, rules, log } = policy.value;
  if (opts.maxFileBytes) config.maxFileBytes = opts.maxFileBytes;
  if (opts.exclude?.length) config.exclude = [...config.exclude, ...opts.exclude];
  if (opts.source) {
    const result2 = await scanSources([opts.source], { config, rules });
    return ok({ config, rules, result: result2, files: [opts.source.path], log });
  }
  const inputs = opts.inputs.length ? opts.inputs : ["."];
  const named = inputs.map((i) => relative3(opts.root, resolve3(opts.root, i)).split(sep3).join("/"));
  const ignored = opts.gitignore ? await gitIgnored(opts.root, named) : void 0;
  const cache = opts.cacheDir ? new FileCache(opts.cacheDir) : void 0;
  const collected = collectFiles(inputs, opts.root, config, ignored?.has);
  const result = await scanPaths(
    inputs,
    opts.root,
    { config, rules, workers: opts.workers, cache, shard: opts.shard },
    ignored?.has,
    collected
  );
  cache?.prune();
  if (!opts.shard || opts.shard.index === 1) {
    const line = await scanTreeManifests(opts.root, inputs, config, rules.rules, result);
    if (line) log.push(line);
  }
  config.warnings.push(...await unmatchedGlobsIn(config, () => listFolderPaths(opts.root), "in the scanned tree"));
  const files = (opts.shard ? shardFiles(collected.files, opts.shard) : collected.files).map((f) => f.path);
  return ok({ config, rules, result, files, log, ...cache ? { cache: [...cache.notes, cache.summary()] } : {} });
}

export {
  unmatchedGlobsIn,
  folderSnapshot,
  diffFolders,
  pathFilter,
  scopeFilter,
  splitList,
  manifestKind,
  parseShard,
  scanSources,
  readManifests,
  scanManifests,
  scanTree
};
