import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/rules/pattern.ts
function expandBraces(p) {
  const open = p.indexOf("{");
  if (open < 0) return [p];
  let depth = 0;
  let close = -1;
  for (let i = open; i < p.length; i++) {
    if (p[i] === "{") depth++;
    else if (p[i] === "}" && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return [p];
  const inner = p.slice(open + 1, close);
  const alts = [];
  depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "{") depth++;
    else if (inner[i] === "}") depth--;
    else if (inner[i] === "," && depth === 0) {
      alts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(inner.slice(start));
  const rest = p.slice(close + 1);
  const head = p.slice(0, open);
  return alts.flatMap((a) => expandBraces(head + a + rest));
}
function compilePattern(p) {
  return expandBraces(p).map((source) => {
    const segments = source.split(".");
    const wild = segments.some((s) => s === "*" || s === "**");
    return {
      source,
      segments,
      specificity: segments.filter((s) => s !== "*" && s !== "**").join(".").length,
      exact: wild ? void 0 : source
    };
  });
}
function matchSegments(pat, name) {
  let pi = 0;
  let ni = 0;
  let starP = -1;
  let starN = -1;
  while (ni < name.length) {
    if (pi < pat.length && pat[pi] === "**") {
      starP = pi++;
      starN = ni;
    } else if (pi < pat.length && (pat[pi] === "*" || pat[pi] === name[ni])) {
      pi++;
      ni++;
    } else if (starP >= 0) {
      pi = starP + 1;
      ni = ++starN;
    } else return false;
  }
  while (pi < pat.length && pat[pi] === "**") pi++;
  return pi === pat.length;
}

// src/rules/index.ts
var MAX_NAME = 512;
var RuleIndex = class {
  constructor(rules, config) {
    this.rules = rules;
    for (const rule of rules) {
      const add = (kind, list) => {
        for (const src of list)
          for (const pattern of compilePattern(src)) {
            const root = pattern.segments[0];
            this.roots.add(root.replace(/\(\)$/, ""));
            const map = pattern.exact ? this.exact : this.wild;
            const key = pattern.exact ?? root;
            let list2 = map.get(key);
            if (!list2) map.set(key, list2 = []);
            list2.push({ rule, kind, pattern });
          }
      };
      add("client", rule.clients);
      add("send", rule.sends);
      add("init", rule.inits);
      add("connect", rule.connects);
      add("import", rule.imports);
      for (const m of rule.modules) this.roots.add(m.split(".")[0]);
      for (const h of rule.hosts) {
        if (h.startsWith("*.")) this.hostSuffix.push({ suffix: h.slice(1), rule });
        else if (!this.hostExact.has(h)) this.hostExact.set(h, rule);
      }
    }
    this.hostSuffix.sort((a, b) => b.suffix.length - a.suffix.length);
    this.userHosts = [...config.hosts].sort((a, b) => b.host.length - a.host.length);
    this.prefilter = new TextPrefilter([...this.exact.values(), ...this.wild.values()].flat().map((e) => e.pattern));
  }
  rules;
  exact = /* @__PURE__ */ new Map();
  wild = /* @__PURE__ */ new Map();
  hostExact = /* @__PURE__ */ new Map();
  hostSuffix = [];
  userHosts;
  /** Cheap text test: false means no rule can match in the file, so it need not be parsed. */
  prefilter;
  /** Root modules named by some rule (imports of anything else are ignored early). */
  roots = /* @__PURE__ */ new Set();
  /**
   * Rules matching a resolved name, best first: clients first (a constructor is never a finding), then by
   * the literal length of the pattern (the most specific rule names the service), then by rule order.
   */
  matches(name, kinds) {
    if (name.length > MAX_NAME) return [];
    const root = name.slice(0, name.indexOf(".") >>> 0);
    const ex = this.exact.get(name);
    const wild = this.wild.get(root);
    if (!ex && !wild) return [];
    const candidates = ex ? [...ex] : [];
    if (wild) {
      const segs = name.split(".");
      for (const e of wild) if (matchSegments(e.pattern.segments, segs)) candidates.push(e);
    }
    const filtered = kinds ? candidates.filter((c) => kinds.includes(c.kind)) : candidates;
    filtered.sort(
      (a, b) => Number(b.kind === "client") - Number(a.kind === "client") || b.pattern.specificity - a.pattern.specificity
    );
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const c of filtered) {
      if (seen.has(c.rule)) continue;
      seen.add(c.rule);
      out.push({ rule: c.rule, kind: c.kind });
    }
    return out;
  }
  /** The service a destination host identifies (user mappings first, then rule hosts). */
  hostService(host) {
    const h = host.toLowerCase().replace(/:\d+$/, "");
    for (const u of this.userHosts) {
      if (h === u.host || h.endsWith(`.${u.host}`)) return { service: u.service, category: u.category };
    }
    const rule = this.hostExact.get(h) ?? this.hostSuffix.find((s) => h.endsWith(s.suffix))?.rule;
    return rule ? { rule, service: rule.service, category: rule.category } : void 0;
  }
};
var esc = (w) => w.replace(/[^A-Za-z0-9_]/g, "\\$&");
var words = (list) => [...new Set(list)].sort().map(esc).join("|");
var DYNAMIC = /* @__PURE__ */ new Set(["__import__", "import_module"]);
function afterDot(text, i) {
  let j = i - 1;
  for (; ; ) {
    while (j >= 0 && (text[j] === " " || text[j] === "	" || text[j] === "\f")) j--;
    if (j >= 1 && text[j] === "\n") {
      let k = j - 1;
      if (text[k] === "\r") k--;
      if (k >= 0 && text[k] === "\\") {
        j = k - 1;
        continue;
      }
    }
    return j >= 0 && text[j] === ".";
  }
}
var TextPrefilter = class {
  /** Per first word ("@exec" for a builtin): the other literal words of each pattern. */
  byAnchor = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Set();
  builtin = /* @__PURE__ */ new Set();
  first;
  rest = /* @__PURE__ */ new Map();
  matchAll = false;
  constructor(patterns) {
    for (const p of patterns) {
      const lits = p.segments.map((s) => s.replace(/\(\)$/, "")).filter((s) => s !== "*" && s !== "**" && s !== "");
      let anchor = lits[0];
      let rest = lits.slice(1);
      if (!anchor) {
        this.matchAll = true;
        continue;
      }
      if (anchor === "builtins" && rest.length) {
        this.builtin.add(rest[0]);
        anchor = `@${rest[0]}`;
        rest = rest.slice(1);
      } else this.plain.add(anchor);
      let list = this.byAnchor.get(anchor);
      if (!list) this.byAnchor.set(anchor, list = []);
      list.push([...new Set(rest.filter((w) => w !== anchor))]);
    }
    const all = [...this.plain, ...this.builtin, ...DYNAMIC, "getattr", "builtins"];
    this.first = new RegExp(`\\b(?:${words(all)})\\b`, "g");
  }
  /** Every word the filter looks for (tests mutate these to check soundness). */
  vocabulary() {
    const all = /* @__PURE__ */ new Set([...this.plain, ...this.builtin, ...DYNAMIC, "getattr", "builtins"]);
    for (const lists of this.byAnchor.values()) for (const l of lists) for (const w of l) all.add(w);
    return [...all].sort();
  }
  /** False only when no pattern can match a name resolved in this file. */
  test(text) {
    if (this.matchAll) return true;
    const seen = /* @__PURE__ */ new Set();
    let getattr = false;
    let builtins = false;
    const found = (anchor) => {
      if (seen.has(anchor)) return false;
      seen.add(anchor);
      return getattr || this.restPresent(anchor, text);
    };
    for (const m of text.matchAll(this.first)) {
      const w = m[0];
      if (DYNAMIC.has(w)) return true;
      if (w === "getattr") {
        getattr = true;
        if (seen.size) return true;
      } else if (w === "builtins" && !builtins) {
        builtins = true;
        for (const b of this.builtin) if (found(`@${b}`)) return true;
      }
      if (this.plain.has(w) && found(w)) return true;
      if (this.builtin.has(w) && !builtins && !afterDot(text, m.index) && found(`@${w}`)) return true;
    }
    return false;
  }
  /** Whether some pattern starting with `anchor` has all its other words in the text. */
  restPresent(anchor, text) {
    const lists = this.byAnchor.get(anchor);
    let re = this.rest.get(anchor);
    if (re === void 0) {
      const all = new Set(lists.flat());
      re = all.size ? new RegExp(`\\b(?:${words(all)})\\b`, "g") : null;
      this.rest.set(anchor, re);
    }
    if (!re || lists.some((l) => !l.length)) return true;
    const present = /* @__PURE__ */ new Set();
    for (const m of text.matchAll(re)) present.add(m[0]);
    return lists.some((l) => l.every((x) => present.has(x)));
  }
};

export {
  expandBraces,
  RuleIndex
};
