// Generate (deterministically) a git repository of N Python files for the pull-request benchmark:
// a base commit, then a head commit that changes `changed` files (SDK calls added, removed, edited).
// Usage from run.mjs: generateRepo(dir, { files: 10000, changed: 20 }) -> { base, head, files, bytes }.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'order',
  'user',
  'invoice',
  'report',
  'cache',
  'event',
  'record',
  'batch',
  'item',
  'account',
  'session',
  'payload',
  'metric',
  'config',
  'task',
  'queue',
  'result',
  'profile',
  'token',
  'message',
];

const SDK = [
  {
    imp: 'import requests',
    call: (v) =>
      `    resp = requests.post("https://api.partner-${v}.example.com/v1/events", json=payload, timeout=10)\n    resp.raise_for_status()`,
  },
  {
    imp: 'import requests',
    call: (v) => `    return requests.get(f"https://status.vendor${v}.example.org/{key}", timeout=5).json()`,
  },
  {
    imp: 'import boto3',
    call: (v) =>
      `    s3 = boto3.client("s3")\n    s3.put_object(Bucket="bucket-${v}", Key=key, Body=json.dumps(payload))`,
  },
  {
    imp: 'import smtplib',
    call: () =>
      `    with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as smtp:\n        smtp.send_message(build_message(payload))`,
  },
  {
    imp: 'from openai import OpenAI',
    call: () =>
      `    client = OpenAI()\n    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": str(payload)}])`,
  },
  {
    imp: 'import subprocess',
    call: (v) =>
      `    subprocess.run(["curl", "-sS", "-d", json.dumps(payload), "https://hooks.example${v}.net/in"], check=True)`,
  },
  {
    imp: 'from slack_sdk import WebClient',
    call: () => `    WebClient(token=os.environ["SLACK_TOKEN"]).chat_postMessage(channel="#ops", text=str(payload))`,
  },
  {
    imp: 'import socket',
    call: (v) =>
      `    sock = socket.create_connection(("collector${v}.example.com", 9000))\n    sock.sendall(json.dumps(payload).encode())`,
  },
];

function ident(r) {
  return `${WORDS[Math.floor(r() * WORDS.length)]}_${WORDS[Math.floor(r() * WORDS.length)]}`;
}

function plainFunction(r, name) {
  const a = ident(r);
  const b = ident(r);
  const lines = [
    `def ${name}(${a}, ${b}=None, *, strict=False):`,
    `    """Return the ${a.replace('_', ' ')} merged with ${b.replace('_', ' ')}."""`,
    `    result = {}`,
    `    for key, value in sorted((${a} or {}).items()):`,
    `        if value is None and strict:`,
    `            raise ValueError(f"missing {key!r} in ${a}")`,
    `        result[key.lower()] = value`,
    `    if ${b}:`,
    `        result.update({k: v for k, v in ${b}.items() if k not in result})`,
  ];
  if (r() < 0.5) lines.push('    logger.debug("merged %d keys", len(result))');
  if (r() < 0.3)
    lines.push(
      `    path = os.path.join(BASE_DIR, "${name}.json")`,
      '    with open(path, "w") as fh:',
      '        json.dump(result, fh)',
    );
  lines.push('    return result', '');
  return lines.join('\n');
}

function plainClass(r, name) {
  const f = ident(r);
  return [
    '@dataclass',
    `class ${name}:`,
    `    ${f}: str`,
    '    count: int = 0',
    '    tags: List[str] = field(default_factory=list)',
    '',
    '    def bump(self, n: int = 1) -> int:',
    '        self.count += n',
    '        return self.count',
    '',
    '    def describe(self) -> str:',
    `        return f"{self.${f}} ({self.count}) " + ", ".join(self.tags)`,
    '',
  ].join('\n');
}

function sdkFunction(r, name, sdk, v) {
  return [
    `def ${name}(payload, key="default"):`,
    `    """Send the ${ident(r).replace('_', ' ')} upstream."""`,
    sdk.call(v),
    '',
  ].join('\n');
}

/** One module: a header, then functions/classes; `sdks` are the SDK uses in it. */
function moduleText(seed, sdks) {
  const r = rng(seed);
  const imports = new Set([
    'import json',
    'import logging',
    'import os',
    'from dataclasses import dataclass, field',
    'from typing import List, Optional',
  ]);
  for (const s of sdks) imports.add(SDK[s].imp);
  const parts = [
    `"""Module ${seed}: ${ident(r).replace('_', ' ')} helpers."""`,
    ...[...imports].sort(),
    '',
    'logger = logging.getLogger(__name__)',
    'BASE_DIR = os.environ.get("APP_DIR", "/srv/app")',
    '',
  ];
  const n = 2 + Math.floor(r() * 12);
  for (let i = 0; i < n; i++)
    parts.push(
      r() < 0.7
        ? plainFunction(r, `fn_${i}_${ident(r)}`)
        : plainClass(r, `Model${i}${WORDS[i % WORDS.length].replace(/^./, (c) => c.toUpperCase())}`),
    );
  sdks.forEach((s, i) => parts.push(sdkFunction(r, `send_${i}_${ident(r)}`, SDK[s], seed % 97)));
  return `${parts.join('\n')}\n`;
}

function pathOf(i) {
  return `pkg${String(Math.floor(i / 100)).padStart(2, '0')}/sub${Math.floor(i / 10) % 10}/mod_${i}.py`;
}

function git(dir, args) {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'core.autocrlf=false',
      ...args,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 26,
    },
  ).trim();
}

export function generateRepo(dir, { files = 10000, changed = 20, seed = 6 } = {}) {
  const meta = `${dir}.json`; // next to the repository, not in it
  if (existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    if (m.files === files && m.changed === changed && m.seed === seed && m.version === 1) return m;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const sdkOf = [];
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const sdks = r() < 0.12 ? [Math.floor(r() * SDK.length), ...(r() < 0.3 ? [Math.floor(r() * SDK.length)] : [])] : [];
    sdkOf.push(sdks);
    const p = join(dir, pathOf(i));
    mkdirSync(dirname(p), { recursive: true });
    const text = moduleText(seed * 100003 + i, sdks);
    bytes += Buffer.byteLength(text);
    writeFileSync(p, text);
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'base']);
  const base = git(dir, ['rev-parse', 'HEAD']);
  // Head: change `changed` files spread over the tree: add an SDK call, drop one, or edit plain code.
  const step = Math.floor(files / changed);
  for (let k = 0; k < changed; k++) {
    const i = k * step + 7;
    const p = join(dir, pathOf(i));
    let sdks = sdkOf[i];
    if (k % 3 === 0) sdks = [...sdks, k % SDK.length];
    else if (k % 3 === 1 && sdks.length) sdks = sdks.slice(1);
    let text = moduleText(seed * 100003 + i, sdks);
    if (k % 3 === 2 || text === readFileSync(p, 'utf8'))
      text += `\n\ndef added_${k}(values):\n    return [v * 2 for v in values if v]\n`;
    writeFileSync(p, text);
  }
  git(dir, ['commit', '-q', '-a', '-m', 'head: change 20 files']);
  const head = git(dir, ['rev-parse', 'HEAD']);
  const m = { version: 1, files, changed, seed, base, head, bytes };
  writeFileSync(meta, JSON.stringify(m));
  return m;
}
