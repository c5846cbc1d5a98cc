// What a call carries: credentials (env vars with secret-like names) and sensitive data that reaches its
// arguments inside the same function (os.environ, secrets, credential files, host/user fingerprints).
import type { SyntaxNode } from '../parse/parser.js';
import type { Scope } from './scopes.js';
import type { Resolver, Value } from './values.js';

const SECRET_SEGMENTS = new Set([
  'KEY',
  'TOKEN',
  'SECRET',
  'PASSWORD',
  'PASSWD',
  'PASS',
  'PWD',
  'DSN',
  'AUTH',
  'CREDENTIAL',
  'CREDENTIALS',
  'SID',
  'WEBHOOK',
  'APIKEY',
  'PRIVATE',
  'CERT',
  'SESSION',
  'COOKIE',
  'BEARER',
  'LICENSE',
]);

/** Env var names are matched on `_`-separated segments, so MONKEY_BUSINESS is not a KEY. */
export function isSecretName(name: string): boolean {
  return name
    .toUpperCase()
    .split(/[_\W]+/)
    .some((s) => SECRET_SEGMENTS.has(s));
}

const CREDENTIAL_PATHS = [
  '.aws/credentials',
  '.aws/config',
  '.ssh/',
  'id_rsa',
  'id_ed25519',
  '.netrc',
  '.pgpass',
  '.kube/config',
  '.docker/config.json',
  '.git-credentials',
  '/etc/passwd',
  '/etc/shadow',
  '.config/gcloud',
  '.azure/',
  '.npmrc',
  '.pypirc',
  '.env',
  'credentials.json',
  'service-account',
];

export function credentialPath(text: string): string | undefined {
  return CREDENTIAL_PATHS.find((p) => text.includes(p));
}

const FINGERPRINT_CALLS = new Map([
  ['socket.gethostname', 'socket.gethostname()'],
  ['socket.getfqdn', 'socket.getfqdn()'],
  ['getpass.getuser', 'getpass.getuser()'],
  ['os.getlogin', 'os.getlogin()'],
  ['os.uname', 'os.uname()'],
  ['uuid.getnode', 'uuid.getnode()'],
  ['os.getcwd', 'os.getcwd()'],
  ['subprocess.check_output', 'command output'],
  ['subprocess.getoutput', 'command output'],
  ['os.popen', 'command output'],
]);

const MAX_NODES = 3000;

export interface Carried {
  credentials: Set<string>;
  dataSources: Set<string>;
}

/**
 * Walk argument expressions (and, through local names, the expressions they were assigned from, up to
 * `hops` levels) looking for credentials and sensitive sources. Bounded by node count.
 */
export function carried(resolver: Resolver, roots: { node: SyntaxNode; scope: Scope }[], hops = 3): Carried {
  const out: Carried = { credentials: new Set(), dataSources: new Set() };
  const seen = new Set<number>();
  let budget = MAX_NODES;
  const visit = (node: SyntaxNode, scope: Scope, hop: number) => {
    if (budget-- <= 0 || seen.has(node.id)) return;
    seen.add(node.id);
    switch (node.type) {
      case 'identifier': {
        if (hop <= 0) return;
        const list = lookup(scope, node.text);
        for (const b of list ?? []) if (b.k === 'expr') visit(b.node, b.scope, hop - 1);
        return;
      }
      case 'attribute':
      case 'subscript':
      case 'call': {
        const v: Value = resolver.value(node, scope);
        if (v.kind === 'env') {
          if (isSecretName(v.name)) {
            out.credentials.add(v.name);
          }
        } else if (v.kind === 'qualified') {
          if (v.name === 'os.environ' && !isEnvLookup(node)) out.dataSources.add('os.environ');
          if (v.name === 'os.environ()' || v.name === 'os.environ.copy()' || v.name === 'builtins.dict()') {
            /* handled through the inner os.environ attribute */
          }
          const callee = v.name.endsWith('()') ? v.name.slice(0, -2) : '';
          const fp = FINGERPRINT_CALLS.get(callee);
          if (fp && node.type === 'call') out.dataSources.add(fp);
          if (callee.startsWith('platform.') && node.type === 'call') out.dataSources.add(`${callee}()`);
          if (node.type === 'call' && /^builtins\.open\(\)\.(read|readlines)$/.test(callee)) {
            out.dataSources.add(fileSource(resolver, node, scope));
          }
          if (callee === 'pathlib.Path().read_text' || callee === 'pathlib.Path().read_bytes') {
            out.dataSources.add(fileSource(resolver, node, scope));
          }
        }
        break;
      }
      case 'string': {
        const p = credentialPath(node.text);
        if (p) out.dataSources.add(`credential file ${p}`);
        break;
      }
    }
    for (const c of node.namedChildren) if (c) visit(c, scope, hop);
  };
  for (const r of roots) visit(r.node, r.scope, hops);
  return out;
}

function isEnvLookup(node: SyntaxNode): boolean {
  // os.environ["X"] and os.environ.get("X") name one variable, not the whole environment.
  const p = node.parent;
  if (!p) return false;
  if (p.type === 'subscript' && p.childForFieldName('value')?.id === node.id) return true;
  if (p.type === 'attribute' && p.childForFieldName('object')?.id === node.id) {
    const attr = p.childForFieldName('attribute')?.text;
    return attr === 'get' || attr === 'setdefault' || attr === 'pop';
  }
  return false;
}

function fileSource(resolver: Resolver, call: SyntaxNode, scope: Scope): string {
  // open(path).read(): find the path of the innermost open()/Path() call.
  const fn = call.childForFieldName('function');
  const obj = fn?.childForFieldName('object');
  const inner = obj?.type === 'call' ? obj : undefined;
  const pathArg = inner?.childForFieldName('arguments')?.firstNamedChild;
  const v = pathArg ? resolver.value(pathArg, scope) : undefined;
  if (v?.kind === 'text') {
    const cred = credentialPath(v.text);
    if (cred) return `credential file ${cred}`;
    if (!v.holes.length && v.text.length < 120) return `file ${v.text}`;
  }
  return 'file contents';
}

function lookup(scope: Scope, name: string) {
  let s: Scope | undefined = scope;
  while (s) {
    const l = s.names.get(name);
    if (l) return l;
    s = s.parent;
  }
  return undefined;
}
